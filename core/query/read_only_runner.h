#pragma once

#include "core/db/database_connection.h"
#include "core/query/sql_builder.h"

#include <QVariant>

#include <atomic>
#include <string>
#include <vector>

namespace ss::query {

struct RunOptions {
    int rowCap = 10000;        // rows kept; one more is fetched to tell that there were more
    int timeoutMs = 30000;     // the statement is interrupted after this long
    const std::atomic<bool>* cancel = nullptr;  // set by another thread: interrupt now
};

struct ResultRows {
    std::vector<std::string> columns;
    std::vector<std::vector<QVariant>> rows;
    bool truncated = false;   // the query had more rows than the cap
    std::string error;        // empty when it ran
    bool cancelled = false;   // interrupted by the cancel flag or the timeout
    long long elapsedMs = 0;
};

// Runs one SELECT that cannot change anything, whatever it says: it must be a single SELECT or WITH ... SELECT
// statement, and it runs inside a read-only transaction (PostgreSQL READ ONLY, MariaDB START TRANSACTION READ
// ONLY, DuckDB BEGIN TRANSACTION READ ONLY, SQLite with query_only on a connection the caller opened read-only)
// that is rolled back afterwards. The timeout is the database's own where it has one (PostgreSQL
// statement_timeout, MariaDB max_statement_time), else the statement is interrupted.
ResultRows runReadOnly(DatabaseConnection& connection, const BuiltQuery& query, const RunOptions& options = {});

// Why `sql` is not one read-only statement, or empty: anything but a single SELECT/WITH statement is refused.
std::string readOnlyViolation(const std::string& sql);

}  // namespace ss::query
