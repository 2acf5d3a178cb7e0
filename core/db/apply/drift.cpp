#include "core/db/apply/drift.h"

#include "core/db/inspect/inspector.h"
#include "core/plan/object_names.h"

#include <algorithm>

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

}  // namespace

void dropUnstorableOperations(Plan& plan, Dialect dialect)
{
    auto& ops = plan.operations;
    if (dialect == Dialect::MySql) {
        dropInnoDbActionSwaps(ops);
        return;
    }
    if (dialect != Dialect::Sqlite)
        return;
    ops.erase(std::remove_if(ops.begin(), ops.end(),
                             [](const Operation& op) {
                                 return op.kind == OpKind::CommentTable || op.kind == OpKind::CommentColumn;
                             }),
              ops.end());
}

DriftReport detectDrift(DatabaseConnection& connection, const SchemaModel& spec, SnapshotCache* cache)
{
    DriftReport report;
    InspectOptions options;
    options.cache = cache;
    InspectResult inspected = inspectDatabase(connection, options);
    if (!inspected.ok()) {
        report.error = inspected.error;
        return report;
    }
    report.live = std::move(inspected.model);
    report.notes = std::move(inspected.notes);
    report.plan = diff(report.live, spec);
    dropUnstorableOperations(report.plan, connection.dialect());
    return report;
}

}  // namespace ss
