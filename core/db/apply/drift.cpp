#include "core/db/apply/drift.h"

#include "core/db/inspect/inspector.h"
#include "core/plan/object_names.h"
#include "core/sql/duckdb_renderer.h"
#include "core/sql/lower_types.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace ss {

namespace {

// InnoDB keeps RESTRICT and NO ACTION as one action and reports both as RESTRICT.
FkAction asInnoDbKeepsIt(FkAction action)
{
    return action == FkAction::Restrict ? FkAction::NoAction : action;
}

bool sameInInnoDb(const ForeignKey& a, const ForeignKey& b)
{
    return equalsIgnoreCase(a.name, b.name) && sameNames(a.columns, b.columns) && equalsIgnoreCase(a.refTable, b.refTable) &&
           sameNames(a.refColumns, b.refColumns) && asInnoDbKeepsIt(a.onDelete) == asInnoDbKeepsIt(b.onDelete) &&
           asInnoDbKeepsIt(a.onUpdate) == asInnoDbKeepsIt(b.onUpdate);
}

// A foreign key dropped and added again only to change RESTRICT into NO ACTION (or back) changes nothing
// MySQL or MariaDB holds.
void dropInnoDbActionSwaps(std::vector<Operation>& ops)
{
    std::vector<bool> unstorable(ops.size(), false);
    for (std::size_t d = 0; d < ops.size(); ++d) {
        if (ops[d].kind != OpKind::DropForeignKey || unstorable[d])
            continue;
        for (std::size_t a = 0; a < ops.size(); ++a) {
            if (ops[a].kind == OpKind::AddForeignKey && !unstorable[a] && equalsIgnoreCase(ops[a].table, ops[d].table) &&
                sameInInnoDb(ops[a].foreignKey, ops[d].foreignKey)) {
                unstorable[d] = unstorable[a] = true;
                break;
            }
        }
    }
    std::size_t i = 0;
    ops.erase(std::remove_if(ops.begin(), ops.end(), [&](const Operation&) { return unstorable[i++]; }), ops.end());
}

// A check as DuckDB prints it back: its own parentheses, quotes and spacing around the spec's words.
std::string checkWords(const std::string& expression)
{
    std::string out;
    for (char ch : expression)
        if (ch != '(' && ch != ')' && ch != '"' && !std::isspace(static_cast<unsigned char>(ch)))
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return out;
}

// Whether a dropped and an added object differ only in what DuckDB does not keep: constraint names, foreign key
// actions, the spelling of a check.
bool sameInDuckDb(const Operation& dropped, const Operation& added)
{
    if (!equalsIgnoreCase(dropped.table, added.table))
        return false;
    if (dropped.kind == OpKind::DropUnique && added.kind == OpKind::AddUnique)
        return sameNames(dropped.unique.columns, added.unique.columns);
    if (dropped.kind == OpKind::DropCheck && added.kind == OpKind::AddCheck)
        return checkWords(dropped.check.expression) == checkWords(added.check.expression);
    if (dropped.kind == OpKind::DropForeignKey && added.kind == OpKind::AddForeignKey)
        return sameNames(dropped.foreignKey.columns, added.foreignKey.columns) &&
               equalsIgnoreCase(dropped.foreignKey.refTable, added.foreignKey.refTable) &&
               sameNames(dropped.foreignKey.refColumns, added.foreignKey.refColumns);
    return false;
}

bool changesNoStoredType(const Operation& op)
{
    return op.kind == OpKind::AlterColumnType && equalsIgnoreCase(duckDbStoredType(op.before.type), duckDbStoredType(op.after.type));
}

// DuckDB keeps no constraint names, no foreign key actions and no text lengths (VARCHAR(40) is VARCHAR), and
// holds other databases' type names under its own: a plan that asks only for those asks for nothing it can hold.
void dropDuckDbUnkept(std::vector<Operation>& ops)
{
    std::vector<bool> unkept(ops.size(), false);
    for (std::size_t d = 0; d < ops.size(); ++d) {
        if (changesNoStoredType(ops[d]))
            unkept[d] = true;
        for (std::size_t a = 0; a < ops.size() && !unkept[d]; ++a)
            if (!unkept[a] && a != d && sameInDuckDb(ops[d], ops[a]))
                unkept[d] = unkept[a] = true;
    }
    std::size_t i = 0;
    ops.erase(std::remove_if(ops.begin(), ops.end(), [&](const Operation&) { return unkept[i++]; }), ops.end());
}

// Views dropped and created again only because something they read changed stay as they are once that change
// turns out to be nothing the database holds.
void dropOrphanViewRebuilds(std::vector<Operation>& ops)
{
    std::set<std::string> changing;
    for (const Operation& op : ops)
        if (!op.dependencyRebuild) {
            changing.insert(toLower(op.table));
            if (!op.oldName.empty())
                changing.insert(toLower(op.oldName));
        }
    std::vector<bool> keep(ops.size(), false);
    for (bool grew = true; grew;) {
        grew = false;
        for (std::size_t i = 0; i < ops.size(); ++i) {
            if (!ops[i].dependencyRebuild || keep[i])
                continue;
            const auto& deps = ops[i].view.dependsOn;
            if (std::any_of(deps.begin(), deps.end(), [&](const std::string& d) { return changing.count(toLower(d)) > 0; })) {
                keep[i] = grew = true;
                changing.insert(toLower(ops[i].table));
            }
        }
    }
    std::size_t i = 0;
    ops.erase(std::remove_if(ops.begin(), ops.end(), [&](const Operation& op) {
                  const bool kept = keep[i++];
                  return op.dependencyRebuild && !kept;
              }),
              ops.end());
}

}  // namespace

void dropUnstorableOperations(Plan& plan, Dialect dialect)
{
    auto& ops = plan.operations;
    const std::size_t before = ops.size();
    if (dialect == Dialect::MySql)
        dropInnoDbActionSwaps(ops);
    else if (dialect == Dialect::DuckDb)
        dropDuckDbUnkept(ops);
    else if (dialect == Dialect::Sqlite)
        ops.erase(std::remove_if(ops.begin(), ops.end(),
                                 [](const Operation& op) {
                                     return op.kind == OpKind::CommentTable || op.kind == OpKind::CommentColumn;
                                 }),
                  ops.end());
    if (ops.size() != before)
        dropOrphanViewRebuilds(ops);
}

DriftReport detectDrift(DatabaseConnection& connection, const SchemaModel& spec, SnapshotCache* cache)
{
    DriftReport report;
    InspectOptions options;
    options.cache = cache;
    options.schemas = schemasOf(spec);
    InspectResult inspected = inspectDatabase(connection, options);
    if (!inspected.ok()) {
        report.error = inspected.error;
        return report;
    }
    report.live = std::move(inspected.model);
    report.notes = std::move(inspected.notes);
    report.plan = diffFor(report.live, spec, connection.dialect());
    dropUnstorableOperations(report.plan, connection.dialect());
    return report;
}

}  // namespace ss
