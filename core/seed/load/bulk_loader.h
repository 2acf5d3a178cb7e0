#pragma once

#include "core/db/database_connection.h"
#include "core/seed/row_batch.h"
#include "core/seed/seed_plan.h"

#include <memory>
#include <string>

namespace ss::seed {

struct LoaderOptions {
    bool allowLoadData = true;  // MySQL/MariaDB: LOAD DATA LOCAL INFILE when the server's local_infile allows it
};

// Writes the rows of one table at a time into a database through its fastest bulk path, each table in a
// transaction of its own. Values are bound or encoded by the database's own text rules, never spliced into SQL.
// Every call returns an empty string, or what failed with the database's error.
//
//   startSession(); for each table { begin(table); write(batch)...; finishRows(); commit() or rollback(); } endSession();
class BulkLoader {
public:
    virtual ~BulkLoader() = default;

    // How the rows travel ("COPY FROM STDIN", ...), for the run log and the user.
    virtual std::string method() const = 0;

    // Connection settings for the whole load (SQLite: synchronous off); endSession() restores them.
    virtual std::string startSession() { return {}; }
    virtual void endSession() {}

    // Opens the table's transaction. The batches then hold every column of the table in its physical order.
    virtual std::string begin(const PlannedTable& table) = 0;
    virtual std::string write(const RowBatch& batch) = 0;
    // Sends what is still buffered: the table then holds all its rows, its transaction still open (for what
    // bulk_restore.h puts back). commit() does it too when it was not called.
    virtual std::string finishRows() { return {}; }
    // Finishes the table (PostgreSQL: moves identity sequences past the keys written) and commits.
    virtual std::string commit() = 0;
    // Abandons the table's transaction: nothing written since begin() stays (MySQL tables without transactions
    // excepted; the caller checks).
    virtual std::string rollback() = 0;
};

// The loader for the connection's dialect. On failure returns nullptr and says why in `error`.
std::unique_ptr<BulkLoader> makeBulkLoader(DatabaseConnection& connection, const LoaderOptions& options, std::string& error);

}  // namespace ss::seed
