#include "core/seed/generators/builders.h"
#include "core/seed/generators/value_output.h"
#include "core/seed/permutation.h"
#include "core/seed/value_format.h"
#include "core/seed/word_lists.h"

namespace ss::seed {

namespace {

template <typename T>
const T& pick(const std::vector<T>& list, RowRandom& r)
{
    return list[r.below(list.size())];
}

// Names from the company and product word lists. Unique ones end in the row number, after a space, which the
// word lists never end with.
class CatalogNameGenerator : public ColumnGenerator {
public:
    enum class Kind { Company, Product };
    CatalogNameGenerator(std::uint64_t stream, Kind kind, bool unique) : m_stream(stream), m_kind(kind), m_unique(unique) {}

    void fill(const FillRequest& request, ColumnBuffer& out) const override
    {
        const WordLists& w = wordLists();
        std::string suffix;
        fillRows(request, m_stream, [&](std::size_t i, RowRandom& r) {
            if (m_kind == Kind::Company)
                appendCompany(out.bytes, w, r);
            else
                appendProduct(out.bytes, w, r);
            if (!m_unique) {
                out.closeText(i);
                return;
            }
            suffix.assign(" ");
            appendRowNumber(suffix, request.rows[i]);
            closeWithSuffix(out, i, suffix);
        });
    }

private:
    static void appendCompany(std::string& out, const WordLists& w, RowRandom& r)
    {
        const std::uint64_t style = r.below(20);
        if (style < 12) {
            out += pick(w.companyWords, r);
            out.push_back(' ');
            out += pick(w.companySuffixes, r);
        } else if (style < 17) {
            out += pick(w.lastNames, r);
            out.push_back(' ');
            out += pick(w.companySuffixes, r);
        } else {
            out += pick(w.lastNames, r);
            out += " & ";
            out += pick(w.lastNames, r);
        }
    }

    static void appendProduct(std::string& out, const WordLists& w, RowRandom& r)
    {
        out += pick(w.productAdjectives, r);
        out.push_back(' ');
        out += pick(w.productNouns, r);
        if (r.below(2) == 0) {
            out.push_back(' ');
            out.push_back(static_cast<char>('A' + r.below(26)));
            appendInteger(out, static_cast<std::int64_t>(r.below(9) + 1) * 100);
        }
    }

    std::uint64_t m_stream;
    Kind m_kind;
    bool m_unique;
};

class SentenceGenerator : public ColumnGenerator {
public:
    SentenceGenerator(std::uint64_t stream, std::uint64_t minWords, std::uint64_t maxWords)
        : m_stream(stream), m_min(minWords), m_span(maxWords - minWords + 1)
    {
    }

    void fill(const FillRequest& request, ColumnBuffer& out) const override
    {
        const WordLists& w = wordLists();
        fillRows(request, m_stream, [&](std::size_t i, RowRandom& r) {
            const std::uint64_t words = m_min + r.below(m_span);
            const std::size_t begin = out.bytes.size();
            for (std::uint64_t k = 0; k < words; ++k) {
                if (k)
                    out.bytes.push_back(' ');
                out.bytes += pick(w.words, r);
            }
            if (out.bytes.size() > begin && out.bytes[begin] >= 'a' && out.bytes[begin] <= 'z')
                out.bytes[begin] = static_cast<char>(out.bytes[begin] - 'a' + 'A');
            if (words >= 4)  // a sentence; shorter text reads as a label
                out.bytes.push_back('.');
            out.closeText(i);
        });
    }

private:
    std::uint64_t m_stream;
    std::uint64_t m_min;
    std::uint64_t m_span;
};

// Version-4 UUIDs whose last 62 bits are a bijection of the row number: random-looking and never repeated.
class UuidGenerator : public ColumnGenerator {
public:
    explicit UuidGenerator(std::uint64_t stream) : m_stream(stream), m_rows(std::uint64_t{1} << 62, subStream(stream, 1)) {}

    void fill(const FillRequest& request, ColumnBuffer& out) const override
    {
        fillRows(request, m_stream, [&](std::size_t i, RowRandom& r) {
            const std::uint64_t high = (r.next() & ~std::uint64_t{0xF000}) | 0x4000;
            const std::uint64_t low = m_rows(static_cast<std::uint64_t>(request.rows[i])) | (std::uint64_t{2} << 62);
            char bytes[16];
            for (int k = 0; k < 8; ++k) {
                bytes[k] = static_cast<char>(high >> (56 - 8 * k));
                bytes[8 + k] = static_cast<char>(low >> (56 - 8 * k));
            }
            const std::string_view all(bytes, 16);
            appendHex(out.bytes, all.substr(0, 4));
            out.bytes.push_back('-');
            appendHex(out.bytes, all.substr(4, 2));
            out.bytes.push_back('-');
            appendHex(out.bytes, all.substr(6, 2));
            out.bytes.push_back('-');
            appendHex(out.bytes, all.substr(8, 2));
            out.bytes.push_back('-');
            appendHex(out.bytes, all.substr(10, 6));
            out.closeText(i);
        });
    }

private:
    std::uint64_t m_stream;
    Permutation m_rows;
};

class BytesGenerator : public ColumnGenerator {
public:
    BytesGenerator(std::uint64_t stream, std::size_t length) : m_stream(stream), m_length(length) {}

    void fill(const FillRequest& request, ColumnBuffer& out) const override
    {
        fillRows(request, m_stream, [&](std::size_t i, RowRandom& r) {
            char bytes[8];
            for (std::size_t k = 0; k < m_length; k += 8) {
                const std::uint64_t v = r.next();
                const std::size_t n = std::min<std::size_t>(8, m_length - k);
                for (std::size_t b = 0; b < n; ++b)
                    bytes[b] = static_cast<char>(v >> (8 * b));
                if (out.shape.kind == ValueKind::Blob)
                    out.bytes.append(bytes, n);
                else
                    appendHex(out.bytes, std::string_view(bytes, n));
            }
            out.closeText(i);
        });
    }

private:
    std::uint64_t m_stream;
    std::size_t m_length;
};

}  // namespace

GeneratorPtr buildCatalogText(const GeneratorSpec& spec, GeneratorContext& ctx, std::string& error)
{
    const std::string& g = spec.generator;
    if (!(g == "bytes" && ctx.shape.kind == ValueKind::Blob) && !requireText(spec, ctx, error))
        return nullptr;
    if (g == "uuid") {
        if (ctx.shape.maxChars > 0 && ctx.shape.maxChars < 36) {
            error = "a UUID has 36 characters; column " + ctx.column + " holds " + std::to_string(ctx.shape.maxChars);
            return nullptr;
        }
        return std::make_unique<UuidGenerator>(ctx.stream);
    }
    if (spec.unique && (g == "text" || g == "bytes")) {
        error = "generator " + g + " cannot promise distinct values";
        return nullptr;
    }
    if (g == "text") {
        const double lo = spec.min.value_or(3);
        const double hi = spec.max.value_or(8);
        if (lo < 1 || hi > 1000 || hi < lo) {
            error = "text needs from 1 to 1000 words, `min` no more than `max`";
            return nullptr;
        }
        return std::make_unique<SentenceGenerator>(ctx.stream, static_cast<std::uint64_t>(lo), static_cast<std::uint64_t>(hi));
    }
    if (g == "bytes")
        return std::make_unique<BytesGenerator>(ctx.stream, static_cast<std::size_t>(spec.length.value_or(16)));
    if (spec.unique && !roomForRowNumber(ctx, 3, error))
        return nullptr;
    const auto kind = g == "company_name" ? CatalogNameGenerator::Kind::Company : CatalogNameGenerator::Kind::Product;
    return std::make_unique<CatalogNameGenerator>(ctx.stream, kind, spec.unique);
}

}  // namespace ss::seed
