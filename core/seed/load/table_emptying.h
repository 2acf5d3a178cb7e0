#pragma once

#include "core/db/database_connection.h"
#include "core/seed/seed_plan.h"

#include <string>

namespace ss::seed {

// --replace: empties the run's tables before they are seeded again, the way each dialect does it fastest without
// changing what the user's database would see: PostgreSQL with one TRUNCATE in a transaction, MariaDB with
// TRUNCATE table by table, each where no DELETE trigger of the user's would be skipped and no table outside the run
// references them; otherwise DELETE, children first, after setting deferred (forward-pointing) keys to NULL.
// Returns an empty string, or what failed with the tables emptied before the failure (where emptying commits table
// by table) or "nothing was changed".
std::string emptyRunTables(DatabaseConnection& connection, const SeedPlan& plan);

}  // namespace ss::seed
