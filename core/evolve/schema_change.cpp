#include "core/evolve/schema_change.h"

#include "core/db/apply/apply_engine.h"
#include "core/db/apply/drift.h"
#include "core/db/inspect/inspector.h"
#include "core/spec/yaml_loader.h"
#include "core/sql/lower_types.h"
#include "core/sql/migration.h"

#include <QDateTime>
#include <QFileInfo>

namespace ss::evolve {

std::string projectSchema(DatabaseConnection& connection, const std::string& currentSpecPath, SchemaModel& model)
{
    if (!currentSpecPath.empty() && QFileInfo::exists(QString::fromStdString(currentSpecPath))) {
        LoadResult loaded = loadSchemaFile(currentSpecPath);
        if (!loaded.ok())
            return currentSpecPath + " does not load: " + loaded.diagnostics.front().message;
        model = std::move(loaded.model);
        const DriftReport drift = detectDrift(connection, model);
        if (!drift.ok())
            return drift.error;
        if (drift.drifted())
            return "the database differs from " + currentSpecPath + " (" + std::to_string(drift.plan.operations.size())
                   + " difference(s), first: " + drift.plan.operations.front().describe()
                   + "): bring them in line (dbx drift, dbx apply) before changing the schema";
        return {};
    }
    InspectResult inspected = inspectDatabase(connection);
    if (!inspected.error.empty())
        return inspected.error;
    model = std::move(inspected.model);
    return {};
}

std::string planSql(const SchemaModel& from, const SchemaModel& to, Dialect dialect)
{
    const Migration migration = renderMigration(diffFor(from, to, dialect), dialect);
    std::string sql;
    for (const Statement& s : migration.statements)
        sql += s.sql + ";\n";
    return sql;
}

SchemaChangeRun runSchemaChange(DatabaseConnection& connection, const SchemaModel& from, const SchemaModel& to,
                                const std::string& action, const std::string& subject, bool allowBreaking,
                                const std::function<void(const std::string&)>& onMessage)
{
    SchemaChangeRun run;
    const Plan plan = diffFor(from, to, connection.dialect());
    const Migration migration = renderMigration(plan, connection.dialect());
    for (const Statement& s : migration.statements)
        run.sql += s.sql + ";\n";
    const std::string id = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz")).toStdString() + "_"
                           + action + "_" + subject;
    const MigrationScript script = migrationScriptFromPlan(plan, migration, id, action + " " + subject);
    ApplyOptions options;
    options.allowBreaking = allowBreaking;
    options.hooks.onMessage = onMessage;
    const ApplyOutcome applied = applyMigration(connection, script, options);
    run.migrationId = applied.migrationId.empty() ? id : applied.migrationId;
    run.backup = applied.backup;
    if (!applied.ok())
        run.error = applied.status == ApplyStatus::RefusedBreaking
                        ? "the change would lose data (" + applied.summary + "): it is not something a proposal may do"
                        : applied.error.empty() ? applied.summary : applied.error;
    return run;
}

}  // namespace ss::evolve
