#include "core/plan/name_matching.h"

namespace ss {

namespace {

// Shared by tables and columns: both carry `name` and `renamedFrom`.
template <typename Item, typename Pair>
std::vector<Pair> matchByName(const std::vector<Item>& current, const std::vector<Item>& target)
{
    std::unordered_map<std::string, std::size_t> currentIndex;
    currentIndex.reserve(current.size());
    for (std::size_t i = 0; i < current.size(); ++i)
        currentIndex.emplace(toLower(current[i].name), i);

    std::vector<bool> used(current.size(), false);
    std::vector<Pair> pairs;
    pairs.reserve(target.size() + current.size());
    for (const auto& t : target) {
        Pair p;
        p.target = &t;
        auto same = currentIndex.find(toLower(t.name));
        if (same == currentIndex.end() && !t.renamedFrom.empty()) {
            auto old = currentIndex.find(toLower(t.renamedFrom));
            if (old != currentIndex.end() && !used[old->second]) {
                p.current = &current[old->second];
                p.renamed = true;
                used[old->second] = true;
            }
        } else if (same != currentIndex.end() && !used[same->second]) {
            p.current = &current[same->second];
            // Catalogs keep a name as it was written (renderers quote every identifier): a name that differs in
            // case only is renamed, or the applied database would never read back as the target.
            p.renamed = p.current->name != t.name;
            used[same->second] = true;
        }
        pairs.push_back(p);
    }
    for (std::size_t i = 0; i < current.size(); ++i)
        if (!used[i]) {
            Pair p;
            p.current = &current[i];
            pairs.push_back(p);
        }
    return pairs;
}

}  // namespace

std::vector<TablePair> matchTables(const SchemaModel& current, const SchemaModel& target)
{
    return matchByName<Table, TablePair>(current.tables, target.tables);
}

std::vector<ColumnPair> matchColumns(const Table& current, const Table& target)
{
    return matchByName<Column, ColumnPair>(current.columns, target.columns);
}

void Renames::addTable(const std::string& currentName, const std::string& targetName)
{
    m_tables[toLower(currentName)] = targetName;
}

void Renames::addColumn(const std::string& targetTable, const std::string& currentColumn, const std::string& targetColumn)
{
    m_columns[toLower(targetTable)][toLower(currentColumn)] = targetColumn;
}

std::string Renames::table(const std::string& currentName) const
{
    auto it = m_tables.find(toLower(currentName));
    return it == m_tables.end() ? currentName : it->second;
}

std::string Renames::column(const std::string& targetTable, const std::string& currentColumn) const
{
    auto t = m_columns.find(toLower(targetTable));
    if (t == m_columns.end())
        return currentColumn;
    auto c = t->second.find(toLower(currentColumn));
    return c == t->second.end() ? currentColumn : c->second;
}

std::vector<std::string> Renames::columns(const std::string& targetTable, const std::vector<std::string>& currentColumns) const
{
    std::vector<std::string> out;
    out.reserve(currentColumns.size());
    for (const auto& c : currentColumns)
        out.push_back(column(targetTable, c));
    return out;
}

}  // namespace ss
