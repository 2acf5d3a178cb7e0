#include "core/diagram/er_graph.h"

#include <algorithm>
#include <deque>
#include <unordered_map>

namespace ss {

namespace {

bool containsName(const std::vector<std::string>& names, std::string_view name)
{
    return std::any_of(names.begin(), names.end(), [&](const std::string& n) { return equalsIgnoreCase(n, name); });
}

bool sameNameSet(const std::vector<std::string>& a, const std::vector<std::string>& b)
{
    if (a.empty() || a.size() != b.size())
        return false;
    return std::all_of(a.begin(), a.end(), [&](const std::string& n) { return containsName(b, n); });
}

// A foreign key whose columns are themselves unique relates each parent to at most one child.
bool keyIsUnique(const Table& table, const std::vector<std::string>& columns)
{
    if (sameNameSet(columns, primaryKeyOf(table)) || sameNameSet(columns, table.naturalKey))
        return true;
    for (const auto& index : table.indexes)
        if (index.unique && sameNameSet(columns, index.columns))
            return true;
    for (const auto& unique : table.uniques)
        if (sameNameSet(columns, unique.columns))
            return true;
    return false;
}

bool anyNullable(const Table& table, const std::vector<std::string>& columns)
{
    return std::any_of(columns.begin(), columns.end(), [&](const std::string& name) {
        const Column* column = table.findColumn(name);
        return column && column->nullable;
    });
}

ErCard cardOf(const Table& table)
{
    ErCard card;
    card.name = qualifiedName(table.schema, table.name);
    card.kind = table.kind;
    const auto pk = primaryKeyOf(table);
    card.rows.reserve(table.columns.size());
    for (const auto& column : table.columns) {
        ErRow row;
        row.name = column.name;
        row.type = column.type.toString();
        row.primaryKey = containsName(pk, column.name);
        row.nullable = column.nullable && !row.primaryKey;
        row.foreignKey = std::any_of(table.foreignKeys.begin(), table.foreignKeys.end(),
                                     [&](const ForeignKey& fk) { return containsName(fk.columns, column.name); });
        card.rows.push_back(std::move(row));
    }
    return card;
}

std::string edgeName(const Table& table, const ForeignKey& fk)
{
    if (!fk.name.empty())
        return fk.name;
    std::string name = table.name + "(";
    for (std::size_t i = 0; i < fk.columns.size(); ++i)
        name += (i ? "," : "") + fk.columns[i];
    return name + ")";
}

}  // namespace

int ErCard::rowIndex(std::string_view column) const
{
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (equalsIgnoreCase(rows[i].name, column))
            return static_cast<int>(i);
    return -1;
}

int ErGraph::cardIndex(std::string_view table) const
{
    for (std::size_t i = 0; i < cards.size(); ++i)
        if (equalsIgnoreCase(cards[i].name, table))
            return static_cast<int>(i);
    return -1;
}

ErGraph buildErGraph(const SchemaModel& model)
{
    ErGraph graph;
    graph.cards.reserve(model.tables.size());
    std::unordered_map<std::string, int> indexByName;
    for (const auto& table : model.tables) {
        indexByName.emplace(toLower(qualifiedName(table.schema, table.name)), static_cast<int>(graph.cards.size()));
        graph.cards.push_back(cardOf(table));
    }
    for (std::size_t t = 0; t < model.tables.size(); ++t) {
        const Table& table = model.tables[t];
        for (const auto& fk : table.foreignKeys) {
            const auto target = indexByName.find(toLower(qualifiedName(fk.refSchema, fk.refTable)));
            if (fk.columns.empty() || target == indexByName.end())
                continue;
            const Table& refTable = model.tables[static_cast<std::size_t>(target->second)];
            const std::vector<std::string> refColumns = fk.refColumns.empty() ? primaryKeyOf(refTable) : fk.refColumns;
            if (refColumns.empty())
                continue;
            ErEdge edge;
            edge.name = edgeName(table, fk);
            edge.fromCard = static_cast<int>(t);
            edge.fromRow = graph.cards[t].rowIndex(fk.columns.front());
            edge.toCard = target->second;
            edge.toRow = graph.cards[static_cast<std::size_t>(target->second)].rowIndex(refColumns.front());
            if (edge.fromRow < 0 || edge.toRow < 0)
                continue;
            const bool nullable = anyNullable(table, fk.columns);
            edge.fromEnd = {!keyIsUnique(table, fk.columns), true};
            edge.toEnd = {false, nullable};
            graph.edges.push_back(std::move(edge));
        }
    }
    return graph;
}

ErGraph focusErGraph(const ErGraph& graph, std::string_view table, int depth)
{
    ErGraph focused;
    const int start = graph.cardIndex(table);
    if (start < 0)
        return focused;
    std::vector<std::vector<int>> neighbours(graph.cards.size());
    for (const auto& edge : graph.edges) {
        neighbours[static_cast<std::size_t>(edge.fromCard)].push_back(edge.toCard);
        neighbours[static_cast<std::size_t>(edge.toCard)].push_back(edge.fromCard);
    }
    std::vector<int> distance(graph.cards.size(), -1);
    distance[static_cast<std::size_t>(start)] = 0;
    std::deque<int> queue{start};
    while (!queue.empty()) {
        const int card = queue.front();
        queue.pop_front();
        if (distance[static_cast<std::size_t>(card)] >= depth)
            continue;
        for (int next : neighbours[static_cast<std::size_t>(card)]) {
            if (distance[static_cast<std::size_t>(next)] < 0) {
                distance[static_cast<std::size_t>(next)] = distance[static_cast<std::size_t>(card)] + 1;
                queue.push_back(next);
            }
        }
    }
    std::vector<int> newIndex(graph.cards.size(), -1);
    for (std::size_t i = 0; i < graph.cards.size(); ++i) {
        if (distance[i] >= 0) {
            newIndex[i] = static_cast<int>(focused.cards.size());
            focused.cards.push_back(graph.cards[i]);
        }
    }
    for (const auto& edge : graph.edges) {
        const int from = newIndex[static_cast<std::size_t>(edge.fromCard)];
        const int to = newIndex[static_cast<std::size_t>(edge.toCard)];
        if (from < 0 || to < 0)
            continue;
        ErEdge copy = edge;
        copy.fromCard = from;
        copy.toCard = to;
        focused.edges.push_back(std::move(copy));
    }
    return focused;
}

}  // namespace ss
