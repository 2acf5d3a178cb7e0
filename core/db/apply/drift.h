#pragma once

#include "core/db/database_connection.h"
#include "core/plan/plan.h"

#include <string>
#include <vector>

namespace ss {

class SnapshotCache;

// How a live database differs from a spec: the operations (with their risk) that would turn the one into the
// other. What the dialect cannot hold (descriptions in SQLite) is not counted as drift.
struct DriftReport {
    SchemaModel live;
    Plan plan;
    std::vector<std::string> notes;  // what inspection left out
    std::string error;

    bool ok() const { return error.empty(); }
    bool drifted() const { return !plan.empty(); }
};

// Removes the operations that would change nothing a database of `dialect` holds (descriptions in SQLite, a
// foreign key's RESTRICT against NO ACTION in MySQL/MariaDB, constraint names, foreign key actions and text
// lengths in DuckDB), so that a plan from a live schema lists only real
// differences.
void dropUnstorableOperations(Plan& plan, Dialect dialect);

DriftReport detectDrift(DatabaseConnection& connection, const SchemaModel& spec, SnapshotCache* cache = nullptr);

}  // namespace ss
