#include "core/seed/load/seed_run.h"

#include "core/seed/load/cycle_keys.h"
#include "core/seed/load/load_lane.h"
#include "core/db/run_log.h"
#include "core/seed/load/schema_presence.h"
#include "core/seed/load/side_by_side.h"
#include "core/seed/load/table_emptying.h"
#include "core/seed/load/table_schedule.h"

#include <QElapsedTimer>

#include <algorithm>
#include <mutex>
#include <optional>
#include <thread>

namespace ss::seed {

const char* toString(TableStatus status)
{
    switch (status) {
    case TableStatus::Pending: return "pending";
    case TableStatus::Loaded: return "loaded";
    case TableStatus::RolledBack: return "rolled back";
    case TableStatus::Emptied: return "emptied";
    case TableStatus::Failed: return "failed";
    }
    return "?";
}

const char* toString(LoadPhase phase)
{
    switch (phase) {
    case LoadPhase::Insert: return "load";
    case LoadPhase::Indexes: return "indexes";
    case LoadPhase::Constraints: return "constraints";
    case LoadPhase::Analyze: return "analyze";
    case LoadPhase::Update: return "cycle keys";
    }
    return "?";
}

const char* toString(RunStatus status)
{
    switch (status) {
    case RunStatus::Finished: return "finished";
    case RunStatus::Cancelled: return "cancelled";
    case RunStatus::Failed: return "failed";
    }
    return "?";
}

namespace {

double rate(std::int64_t rows, double seconds)
{
    return seconds > 0 ? static_cast<double>(rows) / seconds : 0;
}

// More connections than cores only queue for the same processors.
constexpr unsigned kMaxLanes = 4;

class SeedRun {
public:
    SeedRun(DatabaseConnection& connection, const SeedPlan& plan, const LoadOptions& options, SeedRunResult& result)
        : m_connection(connection), m_plan(plan), m_options(options), m_result(result), m_log(connection), m_stop(options.cancel)
    {
    }

    void run()
    {
        m_clock.start();
        for (const PlannedTable& table : m_plan.tables)
            m_result.tables.push_back({table.name, table.rows, 0, TableStatus::Pending, 0});
        if (!checkSchema())
            return;
        LoadLane lane(m_connection, m_options.loader);
        if (!lane.error().empty()) {
            m_result.detail = lane.error();
            return;
        }
        m_result.method = lane.method();
        if (!startLog())
            return;
        if (m_options.replace && !emptyTables())
            return;
        if (std::string error = lane.start(m_plan, m_stop); !error.empty()) {
            lane.end();
            finish(RunStatus::Failed, "insert", error + "; nothing was loaded");
            return;
        }
        bool loaded = loadTables(lane);
        // The foreign keys closing a cycle are set with the database checking them as the user has it.
        lane.endRestore();
        loaded = loaded && setCycleKeys();
        lane.end();
        if (loaded)
            finish(RunStatus::Finished, "done", {});
    }

private:
    bool checkSchema()
    {
        const SchemaPresence presence = checkSchemaPresence(m_connection, m_plan);
        if (!presence.error.empty()) {
            m_result.detail = presence.error;
            return false;
        }
        if (!presence.complete()) {
            m_result.schemaMissing = presence.inOtherSchemas.empty();
            m_result.detail = presence.missingMessage();
            return false;
        }
        if (!presence.tablesWithRows.empty() && !m_options.replace) {
            m_result.detail = std::string(presence.tablesWithRows.size() == 1 ? "the table " : "the tables ") +
                              listNames(presence.tablesWithRows) +
                              " already hold rows: seeding fills empty tables (replace their rows with --replace)";
            return false;
        }
        return true;
    }

    std::string requestedByText() const { return "(requested by " + m_options.requestedBy + ")"; }

    bool startLog()
    {
        m_record.runId = newRunId();
        m_record.phase = "insert";
        m_record.status = "running";
        m_record.startedAt = utcTimestampNow();
        m_record.seed = m_plan.seed;
        if (!m_options.requestedBy.empty())
            m_record.detail = requestedByText();
        fillRows();
        std::string error = m_log.create();
        if (error.empty())
            error = m_log.insert(m_record);
        if (!error.empty()) {
            m_result.detail = error;
            return false;
        }
        m_result.runId = m_record.runId;
        return true;
    }

    void fillRows()
    {
        m_record.rowsPerTable.clear();
        m_result.rows = 0;
        for (const TableLoadResult& table : m_result.tables) {
            m_record.rowsPerTable.emplace_back(table.name, table.rows);
            m_result.rows += table.rows;
        }
    }

    void finish(RunStatus status, const std::string& phase, const std::string& detail)
    {
        m_result.status = status;
        m_result.detail = detail;
        m_result.seconds = m_clock.nsecsElapsed() / 1e9;
        fillRows();
        m_result.rowsPerSecond = rate(m_result.rows, m_result.seconds);
        m_record.phase = phase;
        m_record.status = toString(status);
        m_record.finishedAt = utcTimestampNow();
        m_record.rowsPerSecond = m_result.rowsPerSecond;
        m_record.detail = detail;
        if (!m_options.requestedBy.empty())
            m_record.detail += (detail.empty() ? "" : " ") + requestedByText();
        if (std::string error = m_log.update(m_record); !error.empty())
            m_result.detail += (m_result.detail.empty() ? "" : "; ") + error;
    }

    bool emptyTables()
    {
        const std::string error = emptyRunTables(m_connection, m_plan);
        if (!error.empty())
            finish(RunStatus::Failed, "insert", error);
        return error.empty();
    }

    // Progress comes from every lane: one report at a time.
    void report(const TableProgress& progress)
    {
        if (!m_options.onProgress)
            return;
        std::lock_guard lock(m_reportMutex);
        m_options.onProgress(progress);
    }

    // The run as tasks: first the tables in plan order, then refreshing their statistics where the dialect needs
    // it. With one lane they run in that order; side by side, a table's load waits for the tables it references
    // and for the tables it would lock to be free.
    std::vector<ScheduledTask> tasks(const std::vector<TableLocks>& locks, bool analyzes) const
    {
        const std::size_t n = m_plan.tables.size();
        std::vector<ScheduledTask> out(analyzes ? 2 * n : n);
        for (std::size_t i = 0; i < n; ++i) {
            if (locks.empty())
                continue;
            out[i].locks = locks[i].locks;
            for (std::size_t j = 0; j < i; ++j)
                if (std::find(locks[i].references.begin(), locks[i].references.end(), m_plan.tables[j].name) != locks[i].references.end())
                    out[i].after.push_back(j);
            if (analyzes)
                out[n + i] = {{i}, {m_plan.tables[i].name}};
        }
        return out;
    }

    std::size_t laneCount() const
    {
        return std::min(kMaxLanes, std::max(1u, std::thread::hardware_concurrency()));
    }

    bool loadTables(LoadLane& lane)
    {
        BulkRestore* restore = lane.restore();
        std::vector<TableLocks> locks;
        const std::size_t lanes = laneCount();
        if (restore && m_options.openConnection && lanes > 1)
            if (std::string error = restore->sideBySide(m_plan, locks); !error.empty()) {
                finish(RunStatus::Failed, "insert", error + "; nothing was loaded");
                return false;
            }
        const bool analyzes = restore && restore->analyzes();
        TableSchedule schedule(tasks(locks, analyzes));
        const LaneContext context{m_plan, m_options.batchSize, m_options.cancel, m_stop, [this](const TableProgress& p) { report(p); }};
        auto runTask = [&](LoadLane& on, std::size_t task) { return this->runTask(on, task, context); };
        auto beforeTask = [&](std::optional<std::size_t> task) { noteStop(task); };
        if (locks.empty()) {
            while (const std::optional<std::size_t> task = schedule.next()) {
                if (m_stop.raised()) {
                    beforeTask(task);
                    break;
                }
                const bool go = runTask(lane, *task);
                schedule.finished(*task);
                if (!go)
                    break;
            }
        } else {
            m_result.lanes = lanes;
            runSideBySide(schedule, lanes, m_options.openConnection, m_options.loader, m_plan, m_stop, runTask, beforeTask,
                          [this](const std::string& error) { noteFailure("opening another connection failed: " + error); });
        }
        return concludeLoads();
    }

    // Runs one task on a lane; false when the run has to stop starting tasks.
    bool runTask(LoadLane& lane, std::size_t task, const LaneContext& context)
    {
        const std::size_t n = m_plan.tables.size();
        if (task >= n) {
            const std::size_t table = task - n;
            QElapsedTimer clock;
            clock.start();
            const std::string error = lane.analyze(table, context);
            std::lock_guard lock(m_resultMutex);
            m_result.analyzeSeconds += clock.nsecsElapsed() / 1e9;
            if (error.empty())
                return true;
            if (!m_stopped) {
                m_stopped = Stopped{m_stop.raised(), true, (m_stop.raised() ? "cancelled while refreshing the statistics of " : "refreshing the statistics of ") +
                                                               m_plan.tables[table].name + (m_stop.raised() ? "" : " failed: " + error)};
                m_stop.halt();
            }
            return false;
        }
        TableOutcome outcome = lane.load(task, context);
        std::lock_guard lock(m_resultMutex);
        m_result.tables[task] = outcome.result;
        if (outcome.what.empty())
            return true;
        // The first table to stop says why the run stopped; the others stopped because of it.
        if (!m_stopped || (m_stopped->stopped && !outcome.stopped))
            m_stopped = Stopped{outcome.stopped, false, outcome.what + "; " + outcome.undone};
        m_stop.halt();
        return false;
    }

    void noteStop(std::optional<std::size_t> task)
    {
        std::lock_guard lock(m_resultMutex);
        if (m_stopped || !task)
            return;
        const std::size_t n = m_plan.tables.size();
        m_stopped = *task < n ? Stopped{true, false, "cancelled before " + m_plan.tables[*task].name + " started"}
                              : Stopped{true, true, "cancelled while refreshing the statistics, before " + m_plan.tables[*task - n].name};
    }

    void noteFailure(const std::string& what)
    {
        std::lock_guard lock(m_resultMutex);
        if (!m_stopped || m_stopped->stopped)
            m_stopped = Stopped{false, false, what};
        m_stop.halt();
    }

    bool concludeLoads()
    {
        if (!m_stopped)
            return true;
        finish(m_stopped->stopped ? RunStatus::Cancelled : RunStatus::Failed, m_stopped->analyzing ? "analyze" : "insert",
               m_stopped->what + stateOfTables());
        return false;
    }

    std::string stateOfTables() const
    {
        std::vector<std::string> loaded;
        std::vector<std::string> pending;
        for (const TableLoadResult& table : m_result.tables) {
            if (table.status == TableStatus::Loaded)
                loaded.push_back(table.name);
            if (table.status == TableStatus::Pending)
                pending.push_back(table.name);
        }
        std::string out;
        if (!loaded.empty())
            out += "; " + listNames(loaded) + (loaded.size() == 1 ? " stays loaded" : " stay loaded");
        if (!pending.empty())
            out += "; " + listNames(pending) + (pending.size() == 1 ? " was not started" : " were not started");
        return out;
    }

    // The foreign keys that close a cycle were inserted as NULL; now that every table holds its rows, they are
    // set row by row, one transaction per table.
    bool setCycleKeys()
    {
        for (std::size_t i = 0; i < m_plan.tables.size(); ++i) {
            const PlannedTable& table = m_plan.tables[i];
            if (!table.hasDeferred)
                continue;
            if (m_record.phase != "update") {
                m_record.phase = "update";
                if (std::string error = m_log.update(m_record); !error.empty()) {
                    finish(RunStatus::Failed, "update", error);
                    return false;
                }
            }
            bool complete = false;
            const std::string error = seed::setCycleKeys(m_connection, m_plan, i, m_options.batchSize, m_options.cancel,
                                                         [this](const TableProgress& p) { report(p); }, complete);
            if (complete)
                continue;
            const std::string what = error.empty() ? "cancelled while setting the foreign keys that close a cycle in " + table.name
                                                   : "setting the foreign keys that close a cycle in " + table.name + " failed: " + error;
            finish(error.empty() ? RunStatus::Cancelled : RunStatus::Failed, "update",
                   what + "; rolled back, so they stay NULL; every table keeps its rows");
            return false;
        }
        return true;
    }

    // Why the run stopped starting tables: the first table that failed, or else the cancel.
    struct Stopped {
        bool stopped;    // cancelled (or halted), not failed
        bool analyzing;  // while refreshing the statistics
        std::string what;
    };

    DatabaseConnection& m_connection;
    const SeedPlan& m_plan;
    const LoadOptions& m_options;
    SeedRunResult& m_result;
    RunLog m_log;
    RunRecord m_record;
    StopSignal m_stop;
    std::optional<Stopped> m_stopped;
    std::mutex m_resultMutex;
    std::mutex m_reportMutex;
    QElapsedTimer m_clock;
};

}  // namespace

SeedRunResult seedDatabase(DatabaseConnection& connection, const SeedPlan& plan, const LoadOptions& options)
{
    SeedRunResult result;
    SeedRun(connection, plan, options, result).run();
    return result;
}

}  // namespace ss::seed
