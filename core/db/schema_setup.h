#pragma once

#include "core/db/database_connection.h"
#include "core/spec/schema_model.h"

#include <string>

namespace ss {

struct SchemaSetupResult {
    int statements = 0;  // statements run
    std::string error;   // empty on success; nothing changed then where the dialect's DDL is transactional

    bool ok() const { return error.empty(); }
};

// Creates what the database lacks of `model`: inspects it, plans the change to the model and runs the rendered
// SQL in one transaction (MySQL: statement by statement, its DDL commits anyway). Refuses a plan with high-risk
// operations (dropping what the database holds): that is a job for dbx apply, with its backup and ledger.
SchemaSetupResult createMissingSchema(DatabaseConnection& connection, const SchemaModel& model);

}  // namespace ss
