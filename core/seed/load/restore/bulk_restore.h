#pragma once

#include "core/db/database_connection.h"
#include "core/seed/load/stop_signal.h"
#include "core/seed/row_batch.h"
#include "core/seed/seed_plan.h"

#include <memory>
#include <string>

namespace ss::seed {

// What loading one planned table involves besides itself, by table name: the tables its foreign keys reference
// (loaded before it), and the tables its transaction holds locked while it runs (itself, and where setting a
// foreign key aside locks the table it references, those).
struct TableLocks {
    std::vector<std::string> references;
    std::vector<std::string> locks;
};

// The half of a bulk restore that is not about moving rows, per dialect: what would otherwise be maintained or
// checked row by row while a table fills (secondary indexes, foreign keys, checks) is set aside before its rows
// and put back after them, then integrity is proven once for the whole table. Everything happens inside the
// table's own transaction (opened by the BulkLoader), so a cancel or a failure at any point rolls the table back
// to exactly what it was, indexes and constraints included.
//
//   startSession();
//   for each table { loader.begin(); setAside(); each batch { loader.write(); written(); }; loader.finishRows();
//                    restoreIndexes(); restoreConstraints(); loader.commit() or loader.rollback(); }
//   analyze(table) for each table; endSession();
//
// Every call returns an empty string, or what failed. A violation found by restoreConstraints() names the
// constraint and shows a sample of the offending rows.
class BulkRestore {
public:
    virtual ~BulkRestore() = default;

    // Connection settings for the whole load (SQLite: foreign-key enforcement off, a page cache sized for the
    // load; MariaDB: foreign_key_checks and unique_checks off); endSession() puts back what the user had.
    // `stop` interrupts a long statement (an index build, a validation) where the dialect allows it.
    virtual std::string startSession(const SeedPlan& plan, const StopSignal& stop) = 0;
    virtual void endSession() = 0;

    // Inside the table's open transaction, before its first row: reads what is set aside and drops it.
    virtual std::string setAside(const PlannedTable& table) = 0;
    // Sees each batch once the loader has written it, in order (SQLite proves foreign keys on the values as they go
    // in, and grows its page cache when the rows read back pages).
    virtual std::string written(const RowBatch&) { return {}; }
    // After its last row, still inside the transaction: re-creates the secondary indexes (and, where set aside,
    // the keys), then the constraints, and verifies them.
    virtual std::string restoreIndexes() = 0;
    virtual std::string restoreConstraints() = 0;

    // Whether restoreConstraints() runs after the commit instead (MariaDB: its rows cannot be read back cheaply
    // before): a violation then fails the table and its rows are deleted again.
    virtual bool verifiesAfterCommit() const { return false; }

    // Whether the dialect's planner needs its statistics refreshed after a load, and doing so for one table.
    virtual bool analyzes() const { return false; }
    virtual std::string analyze(const PlannedTable& table);

    // Whether tables may load side by side on connections of their own, and what each table's load then waits
    // for and holds (see TableLocks). Leaves `out` empty for a dialect that loads one table at a time.
    virtual std::string sideBySide(const SeedPlan& plan, std::vector<TableLocks>& out);
};

// The restore for the connection's dialect, or nullptr with an empty `error` for a dialect that loads with
// everything in place. On failure returns nullptr and says why in `error`.
std::unique_ptr<BulkRestore> makeBulkRestore(DatabaseConnection& connection, std::string& error);

}  // namespace ss::seed
