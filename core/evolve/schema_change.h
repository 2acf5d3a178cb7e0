#pragma once

#include "core/db/database_connection.h"
#include "core/spec/schema_model.h"

#include <functional>
#include <string>

namespace ss::evolve {

// The project's schema as a change starts from it: current.yml when the project has one (the database must
// match it: drift is refused, naming the first difference), else the database as inspected.
std::string projectSchema(DatabaseConnection& connection, const std::string& currentSpecPath, SchemaModel& model);

struct SchemaChangeRun {
    std::string sql;          // the statements, one per line, as they ran
    std::string migrationId;  // as the ledger records it
    std::string backup;       // when high-risk operations needed one
    std::string error;

    bool ok() const { return error.empty(); }
};

// Plans `from` -> `to` for the connection's dialect and applies it through the apply engine and its ledger under
// the migration id "<UTC time>_<action>_<subject>". High-risk operations run only with `allowBreaking` (after the
// engine's backup).
SchemaChangeRun runSchemaChange(DatabaseConnection& connection, const SchemaModel& from, const SchemaModel& to,
                                const std::string& action, const std::string& subject, bool allowBreaking,
                                const std::function<void(const std::string&)>& onMessage = {});

// The statements of the plan `from` -> `to` in `dialect`, one per line.
std::string planSql(const SchemaModel& from, const SchemaModel& to, Dialect dialect);

}  // namespace ss::evolve
