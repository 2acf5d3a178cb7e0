#pragma once

#include "core/db/database_connection.h"
#include "core/spec/schema_model.h"

#include <string>

namespace ss {

struct SchemaSetupResult {
    int statements = 0;      // statements run
    std::string migrationId; // as recorded in the database's ledger; empty when nothing had to change
    std::string error;       // empty on success

    bool ok() const { return error.empty(); }
};

// Creates what the database lacks of `model` through the apply engine: plans from the live schema to the model
// and applies that plan, recorded in the ledger like `dbx apply --target SPEC`. High-risk operations (dropping
// what the database holds) are refused: they are a job for dbx apply --allow-breaking, with its backup.
// `specPath` names the spec in the migration's id and source.
SchemaSetupResult createMissingSchema(DatabaseConnection& connection, const SchemaModel& model, const std::string& specPath);

}  // namespace ss
