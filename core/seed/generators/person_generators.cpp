#include "core/seed/generators/builders.h"
#include "core/seed/generators/value_output.h"
#include "core/seed/value_format.h"
#include "core/seed/word_lists.h"

namespace ss::seed {

namespace {

// The person of a row, drawn from a stream the table's person columns share, so first name, last name, full
// name and e-mail of one row belong to the same person whichever of them the table has.
struct Person {
    const std::string* first;
    const std::string* last;
    std::uint64_t style;
    const std::string* domain;
    std::uint64_t number;
};

Person personOf(std::uint64_t personStream, std::int64_t row)
{
    const WordLists& w = wordLists();
    RowRandom r(personStream, row);
    Person p;
    p.first = &w.firstNames[r.below(w.firstNames.size())];
    p.last = &w.lastNames[r.below(w.lastNames.size())];
    p.style = r.below(4);
    p.domain = &w.emailDomains[r.below(w.emailDomains.size())];
    p.number = r.below(90) + 10;
    return p;
}

// Lower-case ASCII letters and digits of a name, for the local part of an address.
void appendLocalPart(std::string& out, std::string_view name)
{
    for (char c : name) {
        if (c >= 'A' && c <= 'Z')
            out.push_back(static_cast<char>(c - 'A' + 'a'));
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out.push_back(c);
    }
}

class NameGenerator : public ColumnGenerator {
public:
    enum class Part { First, Last, Full };
    NameGenerator(std::uint64_t personStream, Part part, bool unique) : m_stream(personStream), m_part(part), m_unique(unique) {}

    void fill(const FillRequest& request, ColumnBuffer& out) const override
    {
        std::string suffix;
        for (std::size_t i = 0; i < request.count; ++i) {
            const Person p = personOf(m_stream, request.rows[i]);
            if (m_part != Part::Last)
                out.bytes += *p.first;
            if (m_part == Part::Full)
                out.bytes.push_back(' ');
            if (m_part != Part::First)
                out.bytes += *p.last;
            if (!m_unique) {
                out.closeText(i);
                continue;
            }
            suffix.assign(" ");
            appendRowNumber(suffix, request.rows[i]);
            closeWithSuffix(out, i, suffix);
        }
    }

private:
    std::uint64_t m_stream;
    Part m_part;
    bool m_unique;
};

// first.last@domain and its variants; with `of`, the local part comes from those columns of the row instead.
// A unique address carries the row number ("anna.keller.42@..."): the letters before it hold no digits, so no
// two rows can meet.
class EmailGenerator : public ColumnGenerator {
public:
    EmailGenerator(std::uint64_t personStream, std::vector<int> sources, bool unique)
        : m_stream(personStream), m_sources(std::move(sources)), m_unique(unique)
    {
    }

    void fill(const FillRequest& request, ColumnBuffer& out) const override
    {
        std::string local;
        for (std::size_t i = 0; i < request.count; ++i) {
            const Person p = personOf(m_stream, request.rows[i]);
            local.clear();
            if (m_sources.empty()) {
                appendPersonLocal(local, p);
            } else {
                for (int source : m_sources) {
                    const ColumnBuffer& column = request.batch->columns[static_cast<std::size_t>(source)];
                    const std::size_t at = request.at(i);
                    if (column.isNull(at))
                        continue;
                    if (!local.empty())
                        local.push_back('.');
                    appendLocalPart(local, column.text(at));
                }
                if (local.empty() || local.back() == '.')
                    local += "user";
            }
            if (m_unique) {
                local.push_back('.');
                appendRowNumber(local, request.rows[i]);
            }
            const std::size_t room = out.shape.maxChars > 0 ? static_cast<std::size_t>(out.shape.maxChars) : SIZE_MAX;
            const std::size_t tail = 1 + p.domain->size();
            if (local.size() + tail > room && room > tail)
                local.erase(0, local.size() + tail - room);  // keep the end: it holds the unique number
            out.bytes += local;
            out.bytes.push_back('@');
            out.bytes += *p.domain;
            out.closeText(i);
        }
    }

private:
    void appendPersonLocal(std::string& local, const Person& p) const
    {
        switch (p.style) {
        case 0:
            appendLocalPart(local, *p.first);
            local.push_back('.');
            appendLocalPart(local, *p.last);
            break;
        case 1:
            appendLocalPart(local, p.first->substr(0, 1));
            appendLocalPart(local, *p.last);
            break;
        case 2:
            appendLocalPart(local, *p.first);
            local.push_back('_');
            appendLocalPart(local, *p.last);
            break;
        default:
            appendLocalPart(local, *p.first);
            appendLocalPart(local, *p.last);
            if (!m_unique)
                appendInteger(local, static_cast<std::int64_t>(p.number));
            break;
        }
    }

    std::uint64_t m_stream;
    std::vector<int> m_sources;
    bool m_unique;
};

}  // namespace

GeneratorPtr buildPerson(const GeneratorSpec& spec, GeneratorContext& ctx, std::string& error)
{
    if (!requireText(spec, ctx, error))
        return nullptr;
    const std::uint64_t personStream = streamSeed(ctx.globalSeed, ctx.table, "#person");
    if (spec.generator == "email") {
        std::vector<int> sources;
        for (const std::string& name : spec.of) {
            const int source = ctx.dependOn(name, error);
            if (source < 0)
                return nullptr;
            if (ctx.columnShapes[static_cast<std::size_t>(source)].kind != ValueKind::Text) {
                error = "an e-mail address is made from text columns; " + name + " is not one";
                return nullptr;
            }
            sources.push_back(source);
        }
        if (spec.unique && !roomForRowNumber(ctx, 32, error))
            return nullptr;
        return std::make_unique<EmailGenerator>(personStream, std::move(sources), spec.unique);
    }
    if (spec.unique && !roomForRowNumber(ctx, 3, error))
        return nullptr;
    const auto part = spec.generator == "first_name"  ? NameGenerator::Part::First
                      : spec.generator == "last_name" ? NameGenerator::Part::Last
                                                      : NameGenerator::Part::Full;
    return std::make_unique<NameGenerator>(personStream, part, spec.unique);
}

}  // namespace ss::seed
