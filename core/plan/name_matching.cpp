#include "core/plan/name_matching.h"

#include <optional>

namespace ss {

namespace {

// What identifies an item on its side: a table is its PostgreSQL schema and name (sales.orders and orders
// are two tables), a column its name. The schema is compared exactly.
std::string keyOf(const Table& table, const std::string& name) { return table.schema + '\x1f' + name; }
std::string keyOf(const Column&, const std::string& name) { return name; }
std::string foldedKeyOf(const Table& table, const std::string& name) { return table.schema + '\x1f' + toLower(name); }
std::string foldedKeyOf(const Column&, const std::string& name) { return toLower(name); }

// The names of one side: exact, and ignoring case with every position that shares the folded name.
struct SideIndex {
    std::unordered_map<std::string, std::size_t> exact;
    std::unordered_map<std::string, std::vector<std::size_t>> folded;

    template <typename Item>
    explicit SideIndex(const std::vector<Item>& items)
    {
        exact.reserve(items.size());
        folded.reserve(items.size());
        for (std::size_t i = 0; i < items.size(); ++i) {
            exact.emplace(keyOf(items[i], items[i].name), i);
            folded[foldedKeyOf(items[i], items[i].name)].push_back(i);
        }
    }

    // The unused item `name` resolves to: the exact name, else the one unused name that matches it ignoring
    // case (as core/spec/name_lookup.h resolves references).
    std::optional<std::size_t> unused(const std::string& key, const std::string& foldedKey, const std::vector<bool>& used) const
    {
        if (const auto it = exact.find(key); it != exact.end() && !used[it->second])
            return it->second;
        const auto it = folded.find(foldedKey);
        if (it == folded.end())
            return std::nullopt;
        std::optional<std::size_t> match;
        for (std::size_t i : it->second)
            if (!used[i]) {
                if (match)
                    return std::nullopt;
                match = i;
            }
        return match;
    }
};

// Shared by tables and columns: both carry `name` and `renamedFrom`. Exact names pair first, so that
// PostgreSQL's "Users" and users each find their own; a name left over pairs with the one left over that
// matches it ignoring case (a case-only rename), else with its `renamed_from`.
template <typename Item, typename Pair>
std::vector<Pair> matchByName(const std::vector<Item>& current, const std::vector<Item>& target)
{
    const SideIndex currentIndex(current);
    std::vector<bool> used(current.size(), false);
    std::vector<Pair> pairs(target.size());
    for (std::size_t i = 0; i < target.size(); ++i) {
        pairs[i].target = &target[i];
        const auto same = currentIndex.exact.find(keyOf(target[i], target[i].name));
        if (same != currentIndex.exact.end() && !used[same->second]) {
            pairs[i].current = &current[same->second];
            used[same->second] = true;
        }
    }
    for (Pair& p : pairs) {
        if (p.current)
            continue;
        const Item& t = *p.target;
        auto match = currentIndex.unused(keyOf(t, t.name), foldedKeyOf(t, t.name), used);
        if (!match && !t.renamedFrom.empty())
            match = currentIndex.unused(keyOf(t, t.renamedFrom), foldedKeyOf(t, t.renamedFrom), used);
        if (!match)
            continue;
        p.current = &current[*match];
        // Catalogs keep a name as it was written (renderers quote every identifier): a name that differs in
        // case only is renamed, or the applied database would never read back as the target.
        p.renamed = true;
        used[*match] = true;
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

void Renames::NameMap::add(const std::string& from, const std::string& to)
{
    if (const auto found = m_index.find(from); found && m_entries[*found].first == from)
        return;  // the first rename recorded for a name stands
    m_index.add(from, m_entries.size());
    m_entries.emplace_back(from, to);
}

const std::string* Renames::NameMap::find(const std::string& from) const
{
    const auto found = m_index.find(from);
    return found ? &m_entries[*found].second : nullptr;
}

void Renames::addTable(const std::string& currentName, const std::string& targetName)
{
    m_tables.add(currentName, targetName);
}

void Renames::addColumn(const std::string& targetTable, const std::string& currentColumn, const std::string& targetColumn)
{
    m_columnTables.add(targetTable, targetTable);
    m_columns[targetTable].add(currentColumn, targetColumn);
}

std::string Renames::table(const std::string& currentName) const
{
    const std::string* renamed = m_tables.find(currentName);
    return renamed ? *renamed : currentName;
}

std::string Renames::column(const std::string& targetTable, const std::string& currentColumn) const
{
    const std::string* table = m_columnTables.find(targetTable);
    if (!table)
        return currentColumn;
    const std::string* renamed = m_columns.at(*table).find(currentColumn);
    return renamed ? *renamed : currentColumn;
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
