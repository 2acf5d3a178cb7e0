#include "core/db/schema_setup.h"

#include "core/db/apply/apply_engine.h"
#include "core/db/apply/target_script.h"

namespace ss {

SchemaSetupResult createMissingSchema(DatabaseConnection& connection, const SchemaModel& model, const std::string& specPath)
{
    SchemaSetupResult result;
    const LivePlan planned = planAgainstDatabase(connection, model, specPath);
    if (!planned.ok()) {
        result.error = planned.drift.error;
        return result;
    }
    if (planned.script.statements.empty())
        return result;
    const ApplyOutcome applied = applyMigration(connection, planned.script, {});
    result.statements = applied.statementsRun;
    if (!applied.ok()) {
        result.error = applied.status == ApplyStatus::RefusedBreaking
                           ? "the database holds a schema that differs from the spec in ways that lose data: plan and apply the "
                             "change instead (dbx plan, dbx apply --allow-breaking)"
                           : applied.error;
        return result;
    }
    result.migrationId = applied.migrationId;
    return result;
}

}  // namespace ss
