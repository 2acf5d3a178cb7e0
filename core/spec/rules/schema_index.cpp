#include "core/spec/rules/schema_index.h"

#include <algorithm>

namespace ss::rules {

namespace {
// Above this many columns a table gets a hashed column lookup; below, a scan is faster than hashing.
constexpr std::size_t kWideTable = 32;

std::string key(std::string_view schema, std::string_view name)
{
    return std::string(schema) + '\x1f' + std::string(name);
}

}  // namespace

SchemaIndex::SchemaIndex(const SchemaModel& model) : model_(model)
{
    tables_.reserve(model.tables.size());
    for (std::size_t i = 0; i < model.tables.size(); ++i)
        tables_.add(key(model.tables[i].schema, model.tables[i].name), i);
    views_.reserve(model.views.size());
    for (std::size_t i = 0; i < model.views.size(); ++i)
        views_.add(model.views[i].name, i);
    for (const Table& t : model.tables) {
        if (t.columns.size() <= kWideTable)
            continue;
        NameIndex& columns = wideTables_[&t];
        columns.reserve(t.columns.size());
        for (std::size_t i = 0; i < t.columns.size(); ++i)
            columns.add(t.columns[i].name, i);
    }
}

const Table* SchemaIndex::table(std::string_view schema, std::string_view name) const
{
    const auto found = tables_.find(key(schema, name));
    return found ? &model_.tables[*found] : nullptr;
}

const View* SchemaIndex::view(std::string_view name) const
{
    const auto found = views_.find(name);
    return found ? &model_.views[*found] : nullptr;
}

void SchemaIndex::forEachResolvedForeignKey(const std::function<void(const ResolvedForeignKey&)>& visit) const
{
    for (const Table& t : model_.tables)
        for (const ForeignKey& fk : t.foreignKeys)
            if (const Table* target = referenced(fk))
                visit({t, fk, *target, referencedColumns(fk, *target)});
}

const Column* SchemaIndex::column(const Table& table, std::string_view name) const
{
    const auto wide = wideTables_.find(&table);
    if (wide == wideTables_.end())
        return table.findColumn(name);
    const auto found = wide->second.find(name);
    return found ? &table.columns[*found] : nullptr;
}

std::vector<std::string_view> SchemaIndex::tableNames() const
{
    std::vector<std::string_view> names;
    names.reserve(model_.tables.size());
    for (const Table& t : model_.tables)
        names.push_back(t.name);
    return names;
}

std::vector<std::string_view> SchemaIndex::tableAndViewNames() const
{
    std::vector<std::string_view> names = tableNames();
    for (const View& v : model_.views)
        names.push_back(v.name);
    return names;
}

std::vector<std::string_view> SchemaIndex::columnNames(const Table& table)
{
    std::vector<std::string_view> names;
    names.reserve(table.columns.size());
    for (const Column& c : table.columns)
        names.push_back(c.name);
    return names;
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

}  // namespace ss::rules
