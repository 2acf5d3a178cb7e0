#include "core/seed/seed_profile.h"

#include "core/spec/schema_model.h"

namespace ss::seed {

const ColumnProfile* TableProfile::findColumn(const std::string& column) const
{
    for (const ColumnProfile& c : columns)
        if (equalsIgnoreCase(c.name, column))
            return &c;
    return nullptr;
}

const TableProfile* SeedProfile::findTable(const std::string& table) const
{
    for (const TableProfile& t : tables)
        if (equalsIgnoreCase(t.name, table))
            return &t;
    return nullptr;
}

}  // namespace ss::seed
