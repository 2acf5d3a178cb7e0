#include "core/spec/rules/schema_index.h"

#include <algorithm>

namespace ss::rules {

SchemaIndex::SchemaIndex(const SchemaModel& model) : model_(model)
{
    tables_.reserve(model.tables.size());
    for (const Table& t : model.tables)
        tables_.emplace(toLower(t.name), &t);
    views_.reserve(model.views.size());
    for (const View& v : model.views)
        views_.emplace(toLower(v.name), &v);
}

const Table* SchemaIndex::table(std::string_view name) const
{
    const auto it = tables_.find(toLower(name));
    return it == tables_.end() ? nullptr : it->second;
}

const View* SchemaIndex::view(std::string_view name) const
{
    const auto it = views_.find(toLower(name));
    return it == views_.end() ? nullptr : it->second;
}

void SchemaIndex::forEachResolvedForeignKey(const std::function<void(const ResolvedForeignKey&)>& visit) const
{
    for (const Table& t : model_.tables)
        for (const ForeignKey& fk : t.foreignKeys)
            if (const Table* target = table(fk.refTable))
                visit({t, fk, *target, referencedColumns(fk, *target)});
}

SourceLocation locate(SourceLocation preferred, SourceLocation fallback)
{
    return preferred.known() ? preferred : fallback;
}

const std::vector<std::string>& referencedColumns(const ForeignKey& fk, const Table& target)
{
    return fk.refColumns.empty() ? target.primaryKey : fk.refColumns;
}

std::vector<const std::vector<std::string>*> uniqueKeys(const Table& table)
{
    std::vector<const std::vector<std::string>*> keys;
    if (!table.primaryKey.empty())
        keys.push_back(&table.primaryKey);
    if (!table.naturalKey.empty())
        keys.push_back(&table.naturalKey);
    for (const UniqueConstraint& u : table.uniques)
        keys.push_back(&u.columns);
    for (const Index& ix : table.indexes)
        if (ix.unique)
            keys.push_back(&ix.columns);
    return keys;
}

bool containsColumn(const std::vector<std::string>& columns, std::string_view name)
{
    return std::any_of(columns.begin(), columns.end(), [&](const std::string& c) { return equalsIgnoreCase(c, name); });
}

bool sameColumnSet(const std::vector<std::string>& a, const std::vector<std::string>& b)
{
    if (a.size() != b.size())
        return false;
    return std::all_of(a.begin(), a.end(), [&](const std::string& c) { return containsColumn(b, c); })
        && std::all_of(b.begin(), b.end(), [&](const std::string& c) { return containsColumn(a, c); });
}

}  // namespace ss::rules
