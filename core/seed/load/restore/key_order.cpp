#include "core/seed/load/restore/key_order.h"

#include "core/seed/pattern.h"

#include <charconv>

namespace ss::seed {

namespace {

// As the pattern generator reads it.
std::int64_t startOf(const GeneratorSpec& spec)
{
    std::int64_t start = 1;
    if (!spec.start.empty())
        std::from_chars(spec.start.data(), spec.start.data() + spec.start.size(), start);
    return start;
}

bool patternInRowOrder(const GeneratorSpec& spec, std::int64_t rows)
{
    const ParsedPattern pattern = parsePattern(spec.pattern);
    if (!pattern.ok())
        return false;
    for (const PatternPart& part : pattern.parts) {
        if (part.kind == PatternPart::Kind::Literal)
            continue;
        const std::int64_t start = startOf(spec);
        return part.kind == PatternPart::Kind::Sequence && start >= 0 && part.width >= digitCount(start + rows - 1, 10);
    }
    return false;
}

}  // namespace

bool primaryKeyInRowOrder(const PlannedTable& table)
{
    if (table.primaryKey.empty())
        return true;
    const GeneratorSpec& spec = table.columns[table.primaryKey.front()].spec;
    if (spec.generator == "sequence")
        return !spec.step || *spec.step > 0;
    return spec.generator == "pattern" && patternInRowOrder(spec, table.rows);
}

}  // namespace ss::seed
