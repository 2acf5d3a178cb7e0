#include "core/db/apply/drift.h"

#include "core/db/inspect/inspector.h"

#include <algorithm>

namespace ss {

void dropUnstorableOperations(Plan& plan, Dialect dialect)
{
    if (dialect != Dialect::Sqlite)
        return;
    auto& ops = plan.operations;
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
