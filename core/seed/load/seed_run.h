#pragma once

#include "core/db/database_connection.h"
#include "core/seed/load/bulk_loader.h"
#include "core/seed/seed_plan.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace ss::seed {

// Insert: the rows going in. Indexes and Constraints: what the dialect set aside for the rows being put back and
// verified, still inside the table's transaction. Analyze: the planner's statistics, once every table is in.
// Update: the foreign keys that close a cycle.
enum class LoadPhase { Insert, Indexes, Constraints, Analyze, Update };
const char* toString(LoadPhase phase);  // "load", "indexes", "constraints", "analyze", "cycle keys"

// Where a run is, reported after every batch, when a phase starts and when a table ends.
struct TableProgress {
    std::size_t table = 0;  // index into SeedPlan::tables
    LoadPhase phase = LoadPhase::Insert;
    std::int64_t rowsDone = 0;
    std::int64_t rowsTotal = 0;
    double seconds = 0;        // since the table (or its update pass) started
    double rowsPerSecond = 0;
    bool finished = false;     // the table is committed (Analyze: its statistics are refreshed)
};

struct LoadOptions {
    std::size_t batchSize = 10'000;
    bool replace = false;  // empty the plan's tables first; otherwise tables that hold rows are refused
    LoaderOptions loader;
    const std::atomic<bool>* cancel = nullptr;  // read before every batch and every table
    // Called from the loading threads: with tables loading side by side, from several, one call at a time.
    std::function<void(const TableProgress&)> onProgress;
    // Opens one more connection to the same database, with the same credentials, on the calling thread (returns
    // an empty string or the error). Given, tables whose locks allow it load side by side on connections of their
    // own where the dialect can (PostgreSQL); not given, one table at a time on the run's connection.
    std::function<std::string(DatabaseConnection&)> openConnection;
    // Who asked for the run when it is not the local user (the REST service's client address): the run log's
    // detail says so.
    std::string requestedBy;
};

enum class TableStatus {
    Pending,     // not started
    Loaded,      // committed with all its rows
    RolledBack,  // in progress when the run stopped: its transaction was rolled back, it is empty
    Emptied,     // in progress when the run stopped: rows that stayed after the rollback were deleted
    Failed,      // its load failed (rolled back)
};
const char* toString(TableStatus status);  // "pending", "loaded", "rolled back", "emptied", "failed"

struct TableLoadResult {
    std::string name;
    std::int64_t plannedRows = 0;
    std::int64_t rows = 0;  // rows that stayed in the database
    TableStatus status = TableStatus::Pending;
    double seconds = 0;
    // Of `seconds`: the rows going in, then putting back and verifying what was set aside for them.
    double loadSeconds = 0;
    double indexSeconds = 0;
    double constraintSeconds = 0;
};

enum class RunStatus { Finished, Cancelled, Failed };
const char* toString(RunStatus status);  // "finished", "cancelled", "failed"

struct SeedRunResult {
    RunStatus status = RunStatus::Failed;
    std::string runId;         // empty when the run stopped before it was logged
    std::string method;        // how the rows travelled
    std::size_t lanes = 1;     // connections the tables loaded on
    std::vector<TableLoadResult> tables;  // in load order
    std::int64_t rows = 0;     // rows that stayed
    double seconds = 0;
    double rowsPerSecond = 0;
    double analyzeSeconds = 0;  // refreshing the statistics once every table was in (where the dialect needs it)
    std::string detail;        // what happened to the table in progress, or the error; empty when finished
    bool schemaMissing = false;  // refused because tables or columns are missing (the fix is dbx apply)

    bool ok() const { return status == RunStatus::Finished; }
};

// Fills an open database with the plan's rows: checks that every table and column exists (and that the tables
// are empty unless `replace`), records the run in dbx_runs, loads table after table (each in its own
// transaction, through the dialect's bulk loader, with its secondary indexes and constraints set aside during
// the rows and put back and verified before the commit: bulk_restore.h), refreshes the statistics, then sets the
// foreign keys that close cycles. Cancelling or failing keeps the tables already committed and rolls back (or
// empties) the one in progress, with everything that was set aside for it; the run log says which.
SeedRunResult seedDatabase(DatabaseConnection& connection, const SeedPlan& plan, const LoadOptions& options);

}  // namespace ss::seed
