#include "core/db/inspect/table_roles.h"

#include <algorithm>
#include <set>

namespace ss {

namespace {

constexpr const char* kBookkeepingPrefix = "dbx_";

bool startsWith(const std::string& name, const char* prefix)
{
    const std::string lower = toLower(name);
    return lower.compare(0, std::char_traits<char>::length(prefix), prefix) == 0;
}

bool contains(const std::vector<std::string>& names, const std::string& name)
{
    return std::any_of(names.begin(), names.end(), [&](const std::string& n) { return equalsIgnoreCase(n, name); });
}

const Column* identityKey(const Table& t)
{
    if (t.primaryKey.size() != 1)
        return nullptr;
    const Column* c = t.findColumn(t.primaryKey.front());
    return c && c->identity && c->type.isInteger() ? c : nullptr;
}

bool isForeignKeyColumn(const Table& t, const std::string& column)
{
    return std::any_of(t.foreignKeys.begin(), t.foreignKeys.end(),
                       [&](const ForeignKey& fk) { return contains(fk.columns, column); });
}

bool isUniqueColumn(const Table& t, const std::string& column)
{
    return std::any_of(t.uniques.begin(), t.uniques.end(),
                       [&](const UniqueConstraint& u) { return contains(u.columns, column); });
}

bool isMeasureCandidate(const Table& t, const Column& c)
{
    return c.type.isNumeric() && !c.identity && !contains(t.primaryKey, c.name) && !isForeignKeyColumn(t, c.name) &&
           !isUniqueColumn(t, c.name);
}

void dropBookkeeping(SchemaModel& model)
{
    auto& tables = model.tables;
    tables.erase(std::remove_if(tables.begin(), tables.end(),
                                [](const Table& t) { return isBookkeepingTable(t.name); }),
                 tables.end());
    for (Table& t : tables)
        t.foreignKeys.erase(std::remove_if(t.foreignKeys.begin(), t.foreignKeys.end(),
                                           [](const ForeignKey& fk) { return isBookkeepingTable(fk.refTable); }),
                            t.foreignKeys.end());
}

void makeDimension(Table& t)
{
    t.kind = TableKind::Dimension;
    if (const Column* key = identityKey(t))
        t.surrogateKey = key->name;
    if (t.uniques.size() == 1)
        t.naturalKey = t.uniques.front().columns;
}

void makeFact(Table& t)
{
    t.kind = TableKind::Fact;
    for (Column& c : t.columns)
        if (isMeasureCandidate(t, c))
            c.aggregation = Aggregation::Sum;
    std::stable_partition(t.columns.begin(), t.columns.end(), [](const Column& c) { return !c.isMeasure(); });
}

}  // namespace

bool isBookkeepingTable(const std::string& name)
{
    return startsWith(name, kBookkeepingPrefix);
}

void assignTableRoles(SchemaModel& model)
{
    dropBookkeeping(model);

    std::set<std::string> referenced;
    for (const Table& t : model.tables)
        for (const ForeignKey& fk : t.foreignKeys)
            referenced.insert(toLower(fk.refTable));

    std::set<std::string> dimensions;
    for (Table& t : model.tables) {
        const bool named = startsWith(t.name, "dim_");
        const bool shaped = !startsWith(t.name, "fact_") && referenced.count(toLower(t.name)) && identityKey(t);
        if (named || shaped) {
            makeDimension(t);
            dimensions.insert(toLower(t.name));
        }
    }
    for (Table& t : model.tables) {
        if (t.kind == TableKind::Dimension)
            continue;
        const auto toDimensions = std::count_if(t.foreignKeys.begin(), t.foreignKeys.end(), [&](const ForeignKey& fk) {
            return dimensions.count(toLower(fk.refTable)) > 0;
        });
        const bool hasMeasures = std::any_of(t.columns.begin(), t.columns.end(),
                                             [&](const Column& c) { return isMeasureCandidate(t, c); });
        if (startsWith(t.name, "fact_") || (toDimensions >= 2 && hasMeasures))
            makeFact(t);
    }

    auto rank = [](TableKind k) { return k == TableKind::Dimension ? 0 : k == TableKind::Fact ? 1 : 2; };
    std::sort(model.tables.begin(), model.tables.end(), [&](const Table& a, const Table& b) {
        if (rank(a.kind) != rank(b.kind))
            return rank(a.kind) < rank(b.kind);
        return a.name < b.name;
    });
    std::sort(model.views.begin(), model.views.end(), [](const View& a, const View& b) { return a.name < b.name; });
    for (View& v : model.views)
        std::sort(v.dependsOn.begin(), v.dependsOn.end());
}

}  // namespace ss
