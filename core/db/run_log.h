#pragma once

#include "core/db/database_connection.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ss {

constexpr const char* kRunLogTable = "dbx_runs";

// One row of the run log: what one run of a stage (design, plan, apply, seed, ask, evolve) did, written when it
// starts and again when it ends, so a run that was killed still shows as running with the phase it was in.
struct RunRecord {
    std::string runId;       // a UUID
    std::string kind = "seed";  // the stage: design, plan, apply, seed, ask, evolve
    std::string phase;       // the step within it (seeding: insert, update, done); the kind's name otherwise
    std::string status;      // running, finished, cancelled, failed
    std::string startedAt;   // ISO 8601, UTC
    std::string finishedAt;  // empty while running
    std::int64_t durationMs = 0;
    std::int64_t rows = 0;   // rows written (seed), statements run (apply), operations (plan), tables (design)
    std::string model;       // the language model asked, when one was
    std::int64_t tokensIn = 0;
    std::int64_t tokensOut = 0;
    std::uint64_t seed = 0;
    std::vector<std::pair<std::string, std::int64_t>> rowsPerTable;  // seeding: rows that stayed, in load order
    double rowsPerSecond = 0;
    std::string detail;      // what happened, or the error
};

// The dbx_runs table of one database: created when missing, and given the columns of every stage when an
// older version made it for seeding only. Identifiers quoted by the dialect, values bound.
class RunLog {
public:
    explicit RunLog(DatabaseConnection& connection) : m_connection(connection) {}

    std::string create();
    std::string insert(const RunRecord& record);
    std::string update(const RunRecord& record);
    // The runs, newest first; only those of `kind` when it is not empty. Empty when there is no run log yet.
    std::string list(const std::string& kind, std::vector<RunRecord>& runs);

private:
    std::string write(const char* sqlTemplate, const RunRecord& record, const std::string& purpose);

    DatabaseConnection& m_connection;
};

// A run that has ended, written in one go (the stages that do not log as they go): a new id when it has none,
// created table and all. Returns an error, or empty.
std::string recordFinishedRun(DatabaseConnection& connection, RunRecord record);

// The rows per table as a JSON object ({"dim_a": 10, ...}), in the given order.
std::string rowsPerTableJson(const std::vector<std::pair<std::string, std::int64_t>>& rows);
// Now, as ISO 8601 UTC with milliseconds.
std::string utcTimestampNow();
// A new run id.
std::string newRunId();

}  // namespace ss
