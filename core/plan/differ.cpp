#include "core/plan/plan.h"

#include "core/plan/column_order.h"
#include "core/plan/function_differ.h"
#include "core/plan/name_matching.h"
#include "core/plan/object_names.h"
#include "core/plan/risk/risk_assessor.h"
#include "core/plan/table_differ.h"
#include "core/plan/topological_order.h"
#include "core/plan/type_differ.h"
#include "core/plan/view_differ.h"
#include "core/spec/name_lookup.h"
#include "core/spec/qualified_name.h"

#include <algorithm>
#include <unordered_set>

namespace ss {

namespace {

int creationRank(TableKind kind)
{
    switch (kind) {
    case TableKind::Dimension: return 0;
    case TableKind::Fact: return 1;
    case TableKind::Table: return 2;
    }
    return 2;
}

// The tables referenced by each table of `tables`, as positions in `tables` (references to tables outside it,
// and a table's references to itself, need no ordering).
NameIndex indexByName(const std::vector<const Table*>& tables)
{
    NameIndex index;
    index.reserve(tables.size());
    for (std::size_t i = 0; i < tables.size(); ++i)
        index.add(qualifiedName(tables[i]->schema, tables[i]->name), i);
    return index;
}

// Where each element of 0..n-1 stands in `order`.
std::vector<std::size_t> positionsIn(const std::vector<std::size_t>& order)
{
    std::vector<std::size_t> position(order.size());
    for (std::size_t p = 0; p < order.size(); ++p)
        position[order[p]] = p;
    return position;
}

std::vector<std::vector<std::size_t>> referencesWithin(const std::vector<const Table*>& tables)
{
    const auto index = indexByName(tables);
    std::vector<std::vector<std::size_t>> refs(tables.size());
    for (std::size_t i = 0; i < tables.size(); ++i)
        for (const auto& fk : tables[i]->foreignKeys) {
            const auto found = index.find(qualifiedName(fk.refSchema, fk.refTable));
            if (found && *found != i)
                refs[i].push_back(*found);
        }
    return refs;
}

// New tables: dimensions, then facts, then plain tables, each after the tables it references; indexes once all
// tables exist; foreign keys that close a cycle once both of their tables exist.
void addCreates(const std::vector<const Table*>& created, std::vector<Operation>& out)
{
    const auto refs = referencesWithin(created);
    const auto order = topologicalOrder(
        created.size(), [&](std::size_t i) -> const std::vector<std::size_t>& { return refs[i]; },
        [&](std::size_t i) { return creationRank(created[i]->kind); });
    const auto position = positionsIn(order);
    const auto index = indexByName(created);

    std::vector<Operation> deferred;
    for (std::size_t i : order) {
        const Table& t = *created[i];
        Operation op;
        op.kind = OpKind::CreateTable;
        op.table = t.name;
        op.schema = t.schema;
        op.tableDef = t;
        for (const auto& fk : namedForeignKeys(t)) {
            const auto found = index.find(qualifiedName(fk.refSchema, fk.refTable));
            if (!found || position[*found] <= position[i])
                continue;
            op.deferredForeignKeys.push_back(fk.name);
            Operation add;
            add.kind = OpKind::AddForeignKey;
            add.table = t.name;
            add.schema = t.schema;
            add.foreignKey = fk;
            add.onNewTable = true;
            deferred.push_back(std::move(add));
        }
        out.push_back(std::move(op));
    }
    for (std::size_t i : order)
        for (const auto& ix : namedIndexes(*created[i])) {
            Operation op;
            op.kind = OpKind::AddIndex;
            op.table = created[i]->name;
            op.schema = created[i]->schema;
            op.index = ix;
            op.onNewTable = true;
            out.push_back(std::move(op));
        }
    for (auto& op : deferred)
        out.push_back(std::move(op));
}

// Dropped tables: a table goes before the tables it references; within a cycle the references that would
// still point at a dropped table are dropped first.
void addDrops(const std::vector<const Table*>& dropped, std::vector<Operation>& out)
{
    const auto refs = referencesWithin(dropped);
    std::vector<std::vector<std::size_t>> referencedBy(dropped.size());
    for (std::size_t i = 0; i < dropped.size(); ++i)
        for (std::size_t j : refs[i])
            referencedBy[j].push_back(i);
    const auto order = topologicalOrder(
        dropped.size(), [&](std::size_t i) -> const std::vector<std::size_t>& { return referencedBy[i]; },
        [&](std::size_t i) { return 2 - creationRank(dropped[i]->kind); });
    const auto position = positionsIn(order);
    const auto index = indexByName(dropped);
    for (std::size_t i : order)
        for (const auto& fk : namedForeignKeys(*dropped[i])) {
            const auto found = index.find(qualifiedName(fk.refSchema, fk.refTable));
            if (!found || *found == i || position[*found] > position[i])
                continue;
            Operation op;
            op.kind = OpKind::DropForeignKey;
            op.table = dropped[i]->name;
            op.schema = dropped[i]->schema;
            op.foreignKey = fk;
            op.onDroppedTable = true;
            out.push_back(std::move(op));
        }
    for (std::size_t i : order) {
        Operation op;
        op.kind = OpKind::DropTable;
        op.table = dropped[i]->name;
        op.schema = dropped[i]->schema;
        op.tableDef = *dropped[i];
        out.push_back(std::move(op));
    }
}

int phase(OpKind kind)
{
    return static_cast<int>(kind == OpKind::ReplaceView ? OpKind::CreateView : kind);
}

}  // namespace

Plan diff(const SchemaModel& current, const SchemaModel& target)
{
    Plan plan;
    plan.fromVersion = current.schemaVersion;
    plan.toVersion = target.schemaVersion;

    const auto pairs = matchTables(current, target);
    Renames renames;
    for (const auto& p : pairs)
        if (p.current && p.target) {
            if (p.renamed)
                renames.addTable(qualifiedName(p.current->schema, p.current->name),
                                 qualifiedName(p.target->schema, p.target->name));
            collectColumnRenames(*p.current, *p.target, renames);
        }

    std::vector<Operation> ops;
    std::unordered_set<std::string> changed;
    std::vector<const Table*> created;
    std::vector<const Table*> dropped;
    for (const auto& p : pairs) {
        if (!p.current) {
            created.push_back(p.target);
            continue;
        }
        if (!p.target) {
            dropped.push_back(p.current);
            changed.insert(toLower(qualifiedName(p.current->schema, p.current->name)));
            continue;
        }
        const std::size_t first = ops.size();
        if (p.renamed) {
            Operation op;
            op.kind = OpKind::RenameTable;
            op.table = p.target->name;
            op.schema = p.target->schema;
            op.oldName = p.current->name;
            ops.push_back(std::move(op));
        }
        diffTable(*p.current, *p.target, renames, ops);
        if (auto note = columnOrderNote(*p.current, *p.target))
            plan.notes.push_back({p.target->name, std::move(*note)});
        if (ops.size() == first) {
            plan.keptTables.push_back(*p.current);
            continue;
        }
        const int alteration = static_cast<int>(plan.alteredTables.size());
        plan.alteredTables.push_back({*p.current, *p.target});
        for (std::size_t i = first; i < ops.size(); ++i) {
            ops[i].alteration = alteration;
            if (changesTableShape(ops[i].kind)) {
                changed.insert(toLower(qualifiedName(p.current->schema, p.current->name)));
                changed.insert(toLower(qualifiedName(p.target->schema, p.target->name)));
            }
        }
    }
    addDrops(dropped, ops);
    addCreates(created, ops);
    const std::size_t firstTypeOp = ops.size();
    diffTypes(current, target, ops);
    diffFunctions(current, target, ops);
    for (std::size_t i = firstTypeOp; i < ops.size(); ++i)
        for (const auto& [table, column] : ops[i].typeColumns) {
            std::string schema;
            std::string name;
            splitQualifiedName(table, schema, name);
            changed.insert(toLower(qualifiedName(schema, name)));
        }
    diffViews(current, target, changed, ops);

    std::stable_sort(ops.begin(), ops.end(), [](const Operation& a, const Operation& b) { return phase(a.kind) < phase(b.kind); });
    plan.operations = std::move(ops);
    assessRisks(plan, current, target);
    return plan;
}

}  // namespace ss
