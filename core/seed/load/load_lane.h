#pragma once

#include "core/db/database_connection.h"
#include "core/seed/load/bulk_loader.h"
#include "core/seed/load/restore/bulk_restore.h"
#include "core/seed/load/seed_run.h"
#include "core/seed/load/stop_signal.h"

#include <QElapsedTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <string>

namespace ss::seed {

// What every lane of a run shares. `report` may be called from several lanes at once: it serialises itself.
struct LaneContext {
    const SeedPlan& plan;
    std::size_t batchSize;
    const std::atomic<bool>* cancel;  // the user's, for the row generators
    const StopSignal& stop;
    std::function<void(const TableProgress&)> report;
};

// How one table's load ended. `what` and `undone` are empty when it was loaded.
struct TableOutcome {
    TableLoadResult result;
    bool stopped = false;  // by the stop signal (the user's cancel, or another table failing), not by its own error
    std::string what;      // "loading T failed: ...", "cancelled while loading T (10 of 60 rows written)", ...
    std::string undone;    // "its transaction was rolled back and it is empty", ...
};

// One connection loading tables: its dialect's bulk loader and bulk restore. A run has one lane, or one per
// connection when tables load side by side. A lane is used by one thread only (Qt Sql's rule for connections).
class LoadLane {
public:
    LoadLane(DatabaseConnection& connection, const LoaderOptions& options);
    ~LoadLane();
    LoadLane(const LoadLane&) = delete;
    LoadLane& operator=(const LoadLane&) = delete;

    const std::string& error() const { return m_error; }  // why the loader or restore could not be made
    std::string method() const { return m_loader ? m_loader->method() : std::string(); }
    BulkRestore* restore() const { return m_restore.get(); }

    // The loader's and restore's settings for the load, and putting back the restore's (before the foreign keys
    // closing a cycle are set, so that the database checks those as the user has it) and the loader's.
    std::string start(const SeedPlan& plan, const StopSignal& stop);
    void endRestore();
    void end();

    // Loads the planned table `index` in a transaction of its own: rows, then what the restore set aside put back
    // and verified, then the commit; anything else rolls it back and makes sure it is empty.
    TableOutcome load(std::size_t index, const LaneContext& context);
    // Refreshes the planner's statistics of a loaded table (where the dialect needs it).
    std::string analyze(std::size_t index, const LaneContext& context);

private:
    std::string writeRows(std::size_t index, const LaneContext& context, const QElapsedTimer& clock, std::int64_t& written);
    bool putBack(std::size_t index, const LaneContext& context, const QElapsedTimer& clock, TableLoadResult& result, LoadPhase& phase,
                 std::string& error, bool constraints);
    std::string abandon(TableLoadResult& result, TableStatus status, bool committed);

    DatabaseConnection& m_connection;
    std::unique_ptr<BulkLoader> m_loader;
    std::unique_ptr<BulkRestore> m_restore;  // null: the dialect loads with everything in place
    std::string m_error;
    bool m_started = false;
};

}  // namespace ss::seed
