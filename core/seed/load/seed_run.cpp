#include "core/seed/load/seed_run.h"

#include "core/db/sql_exec.h"
#include "core/seed/load/batch_pipeline.h"
#include "core/seed/load/bound_value.h"
#include "core/seed/load/restore/bulk_restore.h"
#include "core/seed/load/run_log.h"
#include "core/seed/load/schema_presence.h"
#include "core/seed/table_producer.h"
#include "core/sql/sql_renderer.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QUuid>

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

double secondsOf(const QElapsedTimer& clock)
{
    return clock.nsecsElapsed() / 1e9;
}

class SeedRun {
public:
    SeedRun(DatabaseConnection& connection, const SeedPlan& plan, const LoadOptions& options, SeedRunResult& result)
        : m_connection(connection), m_plan(plan), m_options(options), m_result(result), m_renderer(makeRenderer(connection.dialect())),
          m_log(connection)
    {
    }

    void run()
    {
        m_clock.start();
        for (const PlannedTable& table : m_plan.tables)
            m_result.tables.push_back({table.name, table.rows, 0, TableStatus::Pending, 0});
        if (!checkSchema())
            return;
        std::string error;
        m_loader = makeBulkLoader(m_connection, m_options.loader, error);
        if (!m_loader) {
            m_result.detail = error;
            return;
        }
        m_result.method = m_loader->method();
        m_restore = makeBulkRestore(m_connection, error);
        if (!m_restore && !error.empty()) {
            m_result.detail = error;
            return;
        }
        if (!startLog())
            return;
        if (error = m_loader->startSession(); !error.empty()) {
            finish(RunStatus::Failed, "insert", error);
            return;
        }
        bool loaded = (!m_options.replace || emptyTables()) && startRestore() && loadTables() && analyzeTables();
        // The foreign keys closing a cycle are set with the database checking them as the user has it.
        if (m_restore)
            m_restore->endSession();
        loaded = loaded && setDeferredKeys();
        m_loader->endSession();
        if (loaded)
            finish(RunStatus::Finished, "done", {});
    }

private:
    bool cancelRequested() const { return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed); }

    std::string quote(const std::string& name) const { return m_renderer->quote(name); }

    bool checkSchema()
    {
        const SchemaPresence presence = checkSchemaPresence(m_connection, m_plan);
        if (!presence.error.empty()) {
            m_result.detail = presence.error;
            return false;
        }
        if (!presence.complete()) {
            m_result.schemaMissing = true;
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

    bool startLog()
    {
        m_record.runId = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
        m_record.phase = "insert";
        m_record.status = "running";
        m_record.startedAt = utcTimestampNow();
        m_record.seed = m_plan.seed;
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
        if (std::string error = m_log.update(m_record); !error.empty())
            m_result.detail += (m_result.detail.empty() ? "" : "; ") + error;
    }

    std::string exec(const std::string& sql, const QVariantList& values, const std::string& purpose)
    {
        QSqlQuery query(m_connection.db());
        return execBound(query, QString::fromStdString(sql), values, purpose);
    }

    // --replace: deferred foreign keys first (they may point forward), then the tables, children first.
    bool emptyTables()
    {
        QSqlDatabase& db = m_connection.db();
        std::string error = db.transaction() ? std::string() : "starting the transaction to empty the tables failed";
        for (const PlannedTable& table : m_plan.tables) {
            std::string set;
            for (const PlannedColumn& column : table.columns)
                if (column.deferred)
                    set += (set.empty() ? "" : ", ") + quote(column.name) + " = NULL";
            if (error.empty() && !set.empty())
                error = exec("UPDATE " + quote(table.name) + " SET " + set, {}, "emptying " + table.name);
        }
        for (auto it = m_plan.tables.rbegin(); error.empty() && it != m_plan.tables.rend(); ++it)
            error = exec("DELETE FROM " + quote(it->name), {}, "emptying " + it->name);
        if (error.empty() && !db.commit())
            error = "committing the emptied tables failed";
        if (!error.empty()) {
            db.rollback();
            finish(RunStatus::Failed, "insert", error + "; nothing was changed");
        }
        return error.empty();
    }

    void report(std::size_t index, LoadPhase phase, std::int64_t done, std::int64_t total, double seconds, bool finished) const
    {
        if (m_options.onProgress)
            m_options.onProgress({index, phase, done, total, seconds, rate(done, seconds), finished});
    }

    bool loadTables()
    {
        for (std::size_t i = 0; i < m_plan.tables.size(); ++i) {
            if (cancelRequested()) {
                finish(RunStatus::Cancelled, "insert", "cancelled before " + m_plan.tables[i].name + " started" + stateOfTables());
                return false;
            }
            if (!loadTable(i))
                return false;
        }
        return true;
    }

    bool startRestore()
    {
        if (!m_restore)
            return true;
        const std::string error = m_restore->startSession(m_plan, m_options.cancel);
        if (!error.empty())
            finish(RunStatus::Failed, "insert", error + "; nothing was loaded");
        return error.empty();
    }

    bool loadTable(std::size_t index)
    {
        const PlannedTable& table = m_plan.tables[index];
        TableLoadResult& result = m_result.tables[index];
        QElapsedTimer clock;
        clock.start();
        std::int64_t written = 0;
        std::string error = m_loader->begin(table);
        if (error.empty() && m_restore)
            error = m_restore->setAside(table);
        if (error.empty())
            error = writeRows(index, clock, written);
        bool complete = error.empty() && written == table.rows;
        if (complete)
            error = m_loader->finishRows();
        result.loadSeconds = secondsOf(clock);
        LoadPhase phase = LoadPhase::Insert;
        complete = complete && error.empty() && putBack(index, clock, phase, error);
        if (complete)
            error = m_loader->commit();
        result.seconds = secondsOf(clock);
        if (complete && error.empty()) {
            result.status = TableStatus::Loaded;
            result.rows = table.rows;
            report(index, LoadPhase::Insert, table.rows, table.rows, result.seconds, true);
            return true;
        }
        // A statement interrupted by the cancel fails with the database's own words for it.
        const bool cancelled = error.empty() || cancelRequested();
        const std::string what = !cancelled ? "loading " + table.name + " failed: " + error
                                 : phase == LoadPhase::Insert
                                     ? "cancelled while loading " + table.name + " (" + std::to_string(written) + " of " +
                                           std::to_string(table.rows) + " rows written)"
                                     : "cancelled while putting back the " + std::string(toString(phase)) + " of " + table.name +
                                           " (all its rows written)";
        const std::string undone = abandon(index, cancelled ? TableStatus::RolledBack : TableStatus::Failed);
        finish(cancelled ? RunStatus::Cancelled : RunStatus::Failed, "insert", what + "; " + undone + stateOfTables());
        return false;
    }

    std::string writeRows(std::size_t index, const QElapsedTimer& clock, std::int64_t& written)
    {
        const PlannedTable& table = m_plan.tables[index];
        TableProducer producer(m_plan, index);
        producer.setCancelFlag(m_options.cancel);
        BatchPipeline pipeline(producer, m_options.batchSize);
        while (const RowBatch* batch = pipeline.next()) {
            if (std::string error = m_loader->write(*batch); !error.empty())
                return error;
            written = pipeline.rowsDone();
            report(index, LoadPhase::Insert, written, table.rows, secondsOf(clock), false);
        }
        return {};
    }

    // Puts back what the restore set aside for the rows, phase by phase; a cancel stops the table in the phase it
    // came in. Returns false with `phase` where it stopped (and `error`, unless it was cancelled).
    bool putBack(std::size_t index, const QElapsedTimer& clock, LoadPhase& phase, std::string& error)
    {
        if (!m_restore)
            return true;
        TableLoadResult& result = m_result.tables[index];
        const std::int64_t rows = m_plan.tables[index].rows;
        for (LoadPhase step : {LoadPhase::Indexes, LoadPhase::Constraints}) {
            phase = step;
            if (cancelRequested())
                return false;
            report(index, step, rows, rows, secondsOf(clock), false);
            const double start = secondsOf(clock);
            error = step == LoadPhase::Indexes ? m_restore->restoreIndexes() : m_restore->restoreConstraints();
            (step == LoadPhase::Indexes ? result.indexSeconds : result.constraintSeconds) = secondsOf(clock) - start;
            if (!error.empty() || cancelRequested())
                return false;
        }
        return true;
    }

    // Once every table is in: the planner's statistics, table by table (each its own transaction).
    bool analyzeTables()
    {
        if (!m_restore || !m_restore->analyzes())
            return true;
        m_record.phase = "analyze";
        if (std::string error = m_log.update(m_record); !error.empty()) {
            finish(RunStatus::Failed, "analyze", error);
            return false;
        }
        QElapsedTimer clock;
        clock.start();
        for (std::size_t i = 0; i < m_plan.tables.size(); ++i) {
            const PlannedTable& table = m_plan.tables[i];
            if (cancelRequested()) {
                finish(RunStatus::Cancelled, "analyze", "cancelled while refreshing the statistics, before " + table.name +
                                                            "; every table keeps its rows, indexes and constraints");
                return false;
            }
            report(i, LoadPhase::Analyze, table.rows, table.rows, secondsOf(clock), false);
            if (std::string error = m_restore->analyze(table); !error.empty()) {
                finish(cancelRequested() ? RunStatus::Cancelled : RunStatus::Failed, "analyze",
                       "refreshing the statistics of " + table.name + " failed: " + error + "; every table keeps its rows, indexes and constraints");
                return false;
            }
        }
        m_result.analyzeSeconds = secondsOf(clock);
        return true;
    }

    // Rolls the table in progress back and makes sure it is empty; says what it took.
    std::string abandon(std::size_t index, TableStatus status)
    {
        TableLoadResult& result = m_result.tables[index];
        result.status = status;
        result.rows = 0;
        const std::string rollbackError = m_loader->rollback();
        QSqlQuery count(m_connection.db());
        std::string error = execBound(count, QString::fromStdString("SELECT COUNT(*) FROM " + quote(result.name)), {},
                                      "counting the rows left in " + result.name);
        const std::int64_t left = error.empty() && count.next() ? count.value(0).toLongLong() : 0;
        if (error.empty() && left == 0)
            return "its transaction was rolled back and it is empty";
        if (error.empty())
            error = exec("DELETE FROM " + quote(result.name), {}, "emptying " + result.name);
        if (!error.empty()) {
            result.rows = left;
            return "rolling it back failed (" + (rollbackError.empty() ? error : rollbackError) + "): it may hold rows";
        }
        if (status == TableStatus::RolledBack)
            result.status = TableStatus::Emptied;
        return std::to_string(left) + " rows stayed after the rollback and were deleted: it is empty";
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
    bool setDeferredKeys()
    {
        for (std::size_t i = 0; i < m_plan.tables.size(); ++i)
            if (m_plan.tables[i].hasDeferred && !setDeferredKeys(i))
                return false;
        return true;
    }

    bool setDeferredKeys(std::size_t index)
    {
        const PlannedTable& table = m_plan.tables[index];
        if (m_record.phase != "update") {
            m_record.phase = "update";
            if (std::string error = m_log.update(m_record); !error.empty()) {
                finish(RunStatus::Failed, "update", error);
                return false;
            }
        }
        TableProducer producer(m_plan, index, SeedPass::Update);
        producer.setCancelFlag(m_options.cancel);
        const std::vector<std::size_t>& columns = producer.columns();
        const std::size_t keys = table.primaryKey.size();
        std::string set;
        std::string where;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const std::string term = quote(table.columns[columns[c]].name) + " = ?";
            if (c < keys)
                where += (where.empty() ? "" : " AND ") + term;
            else
                set += (set.empty() ? "" : ", ") + term;
        }
        QSqlDatabase& db = m_connection.db();
        QSqlQuery query(db);
        std::string error = db.transaction() ? std::string() : "starting the transaction failed";
        if (error.empty() && !query.prepare(QString::fromStdString("UPDATE " + quote(table.name) + " SET " + set + " WHERE " + where)))
            error = queryError(query);
        QElapsedTimer clock;
        clock.start();
        RowBatch batch = producer.makeBatch();
        while (error.empty()) {
            const std::size_t n = producer.nextBatch(batch, m_options.batchSize);
            if (n == 0)
                break;
            for (std::size_t r = 0; r < n && error.empty(); ++r) {
                int position = 0;
                for (std::size_t c = keys; c < columns.size(); ++c)
                    query.bindValue(position++, boundValue(batch.columns[c], r, m_connection.dialect()));
                for (std::size_t c = 0; c < keys; ++c)
                    query.bindValue(position++, boundValue(batch.columns[c], r, m_connection.dialect()));
                if (!query.exec())
                    error = queryError(query);
            }
            report(index, LoadPhase::Update, producer.rowsDone(), table.rows, clock.nsecsElapsed() / 1e9, false);
        }
        const bool complete = error.empty() && producer.rowsDone() == table.rows;
        if (complete && !db.commit())
            error = "committing failed";
        if (complete && error.empty()) {
            report(index, LoadPhase::Update, table.rows, table.rows, clock.nsecsElapsed() / 1e9, true);
            return true;
        }
        db.rollback();
        const std::string what = error.empty() ? "cancelled while setting the foreign keys that close a cycle in " + table.name
                                               : "setting the foreign keys that close a cycle in " + table.name + " failed: " + error;
        finish(error.empty() ? RunStatus::Cancelled : RunStatus::Failed, "update",
               what + "; rolled back, so they stay NULL; every table keeps its rows");
        return false;
    }

    DatabaseConnection& m_connection;
    const SeedPlan& m_plan;
    const LoadOptions& m_options;
    SeedRunResult& m_result;
    std::unique_ptr<SqlRenderer> m_renderer;
    RunLog m_log;
    RunRecord m_record;
    std::unique_ptr<BulkLoader> m_loader;
    std::unique_ptr<BulkRestore> m_restore;  // null: the dialect loads with everything in place
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
