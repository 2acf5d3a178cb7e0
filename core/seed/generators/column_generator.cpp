#include "core/seed/generators/column_generator.h"

#include "core/seed/generators/builders.h"

#include "core/spec/schema_model.h"

namespace ss::seed {

int GeneratorContext::findColumn(std::string_view name) const
{
    for (std::size_t i = 0; i < columnNames.size(); ++i)
        if (equalsIgnoreCase(columnNames[i], name))
            return static_cast<int>(i);
    return -1;
}

int GeneratorContext::dependOn(std::string_view name, std::string& error)
{
    const int index = findColumn(name);
    if (index < 0) {
        error = "table " + table + " has no column '" + std::string(name) + "'";
        return -1;
    }
    if (equalsIgnoreCase(columnNames[static_cast<std::size_t>(index)], column)) {
        error = "column " + column + " cannot follow itself";
        return -1;
    }
    dependencies.push_back(index);
    return index;
}

bool requireText(const GeneratorSpec& spec, const GeneratorContext& ctx, std::string& error)
{
    if (ctx.shape.kind == ValueKind::Text)
        return true;
    error = "generator " + spec.generator + " makes text; column " + ctx.column + " holds " + toString(ctx.shape.kind) +
            " values";
    return false;
}

bool roomForRowNumber(const GeneratorContext& ctx, std::size_t extra, std::string& error)
{
    const std::size_t needed = std::to_string(ctx.rows).size() + extra;
    if (ctx.shape.maxChars <= 0 || static_cast<std::size_t>(ctx.shape.maxChars) >= needed)
        return true;
    error = "unique values end in the row number: give column " + ctx.column + " at least " + std::to_string(needed) +
            " characters";
    return false;
}

}  // namespace ss::seed
