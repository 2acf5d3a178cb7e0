#include "core/seed/generators/builders.h"
#include "core/seed/pattern.h"
#include "core/seed/value_format.h"

#include <charconv>

namespace ss::seed {

namespace {

class PatternGenerator : public ColumnGenerator {
public:
    PatternGenerator(std::uint64_t stream, ParsedPattern pattern, std::int64_t start)
        : m_stream(stream), m_pattern(std::move(pattern)), m_start(start)
    {
    }

    void fill(const FillRequest& request, ColumnBuffer& out) const override
    {
        static const char kLetters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        static const char kHex[] = "0123456789abcdef";
        fillRows(request, m_stream, [&](std::size_t i, RowRandom& r) {
            for (const PatternPart& part : m_pattern.parts) {
                switch (part.kind) {
                case PatternPart::Kind::Literal: out.bytes += part.literal; break;
                case PatternPart::Kind::Sequence: appendZeroPadded(out.bytes, m_start + request.rows[i], part.width); break;
                case PatternPart::Kind::Code: appendBase36Padded(out.bytes, m_start + request.rows[i], part.width); break;
                case PatternPart::Kind::Digits:
                    for (int k = 0; k < part.width; ++k)
                        out.bytes.push_back(static_cast<char>('0' + r.below(10)));
                    break;
                case PatternPart::Kind::Letters:
                    for (int k = 0; k < part.width; ++k)
                        out.bytes.push_back(kLetters[r.below(26)]);
                    break;
                case PatternPart::Kind::Hex:
                    for (int k = 0; k < part.width; ++k)
                        out.bytes.push_back(kHex[r.below(16)]);
                    break;
                }
            }
            out.closeText(i);
        });
    }

private:
    std::uint64_t m_stream;
    ParsedPattern m_pattern;
    std::int64_t m_start;
};

}  // namespace

GeneratorPtr buildPattern(const GeneratorSpec& spec, GeneratorContext& ctx, std::string& error)
{
    if (!requireText(spec, ctx, error))
        return nullptr;
    ParsedPattern pattern = parsePattern(spec.pattern);
    if (spec.pattern.empty() || !pattern.ok()) {
        error = spec.pattern.empty() ? "generator pattern needs a `pattern`, such as LN-{seq:08}" : pattern.error;
        return nullptr;
    }
    std::int64_t start = 1;
    if (!spec.start.empty())
        std::from_chars(spec.start.data(), spec.start.data() + spec.start.size(), start);
    if (spec.unique) {
        if (!pattern.hasSequence()) {
            error = "a unique pattern needs {seq} or {code}: only the sequence number makes every value different";
            return nullptr;
        }
        const std::size_t longest = pattern.maxLength(start + (ctx.rows > 0 ? ctx.rows - 1 : 0));
        if (ctx.shape.maxChars > 0 && longest > static_cast<std::size_t>(ctx.shape.maxChars)) {
            error = "values reach " + std::to_string(longest) + " characters by row " + std::to_string(ctx.rows) +
                    " but the column holds " + std::to_string(ctx.shape.maxChars) +
                    "; cut would make them repeat, so shorten the pattern";
            return nullptr;
        }
    }
    return std::make_unique<PatternGenerator>(ctx.stream, std::move(pattern), start);
}

}  // namespace ss::seed
