#include "core/seed/profile_edit.h"

#include "core/seed/generator_catalog.h"
#include "core/spec/schema_model.h"

namespace ss::seed {

namespace {

TableProfile& tableOf(SeedProfile& profile, const std::string& table)
{
    for (TableProfile& t : profile.tables)
        if (equalsIgnoreCase(t.name, table))
            return t;
    profile.tables.push_back({});
    profile.tables.back().name = table;
    return profile.tables.back();
}

ColumnProfile& columnOf(TableProfile& table, const std::string& column)
{
    for (ColumnProfile& c : table.columns)
        if (equalsIgnoreCase(c.name, column))
            return c;
    table.columns.push_back({});
    table.columns.back().name = column;
    return table.columns.back();
}

}  // namespace

void setTableRows(SeedProfile& profile, const std::string& table, std::int64_t rows)
{
    TableProfile& t = tableOf(profile, table);
    t.rows = rows;
    t.per.clear();
    t.factor = 1;
}

void setColumnGenerator(SeedProfile& profile, const std::string& table, const std::string& column, const std::string& generator)
{
    GeneratorSpec& spec = columnOf(tableOf(profile, table), column).spec;
    const GeneratorInfo* info = findGenerator(generator);
    spec.generator = generator;
    if (!info)
        return;  // the profile reader names the unknown generator when the text is checked
    for (const NumberParam& p : numberParams())
        if (!readsParam(*info, p.key))
            spec.*p.field = std::nullopt;
    for (const TextParam& p : textParams())
        if (!readsParam(*info, p.key))
            (spec.*p.field).clear();
    if (!readsParam(*info, "values"))
        spec.values.clear();
    if (!readsParam(*info, "of"))
        spec.of.clear();
    if (!readsParam(*info, "seasonality"))
        spec.seasonality.clear();
    if (!info->canBeUnique)
        spec.unique = false;
    spec.given.clear();
    spec.cases.clear();
}

}  // namespace ss::seed
