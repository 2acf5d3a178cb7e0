#pragma once

#include "core/db/database_connection.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace ss::seed {

constexpr const char* kRunLogTable = "dbx_runs";

// One row of the run log: what a seeding run did to the database, written when it starts and again when it
// ends, so a run that was killed still shows as running with the phase it was in.
struct RunRecord {
    std::string runId;
    std::string phase;    // insert, update (the deferred foreign keys), done
    std::string status;   // running, finished, cancelled, failed
    std::string startedAt;   // ISO 8601, UTC
    std::string finishedAt;  // empty while running
    std::uint64_t seed = 0;
    std::vector<std::pair<std::string, std::int64_t>> rowsPerTable;  // rows that stayed, per table in load order
    double rowsPerSecond = 0;
    std::string detail;  // what happened to the table in progress when the run stopped, or the error
};

// The dbx_runs table of one database: created when missing, identifiers quoted by the dialect, values bound.
class RunLog {
public:
    explicit RunLog(DatabaseConnection& connection) : m_connection(connection) {}

    std::string create();
    std::string insert(const RunRecord& record);
    std::string update(const RunRecord& record);

private:
    std::string write(const char* sqlTemplate, const RunRecord& record, const std::string& purpose);

    DatabaseConnection& m_connection;
};

// The rows per table as a JSON object ({"dim_a": 10, ...}), in the given order.
std::string rowsPerTableJson(const std::vector<std::pair<std::string, std::int64_t>>& rows);
// Now, as ISO 8601 UTC with milliseconds.
std::string utcTimestampNow();

}  // namespace ss::seed
