#include "core/seed/generators/column_generator.h"

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

}  // namespace ss::seed
