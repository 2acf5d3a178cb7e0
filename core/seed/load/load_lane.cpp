#include "core/seed/load/load_lane.h"

#include "core/db/sql_exec.h"
#include "core/seed/load/batch_pipeline.h"
#include "core/seed/table_producer.h"
#include "core/sql/sql_renderer.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QVariant>

namespace ss::seed {

namespace {

double secondsOf(const QElapsedTimer& clock)
{
    return clock.nsecsElapsed() / 1e9;
}

double rate(std::int64_t rows, double seconds)
{
    return seconds > 0 ? static_cast<double>(rows) / seconds : 0;
}

void report(const LaneContext& context, std::size_t index, LoadPhase phase, std::int64_t done, double seconds, bool finished)
{
    if (context.report)
        context.report({index, phase, done, context.plan.tables[index].rows, seconds, rate(done, seconds), finished});
}

}  // namespace

LoadLane::LoadLane(DatabaseConnection& connection, const LoaderOptions& options) : m_connection(connection)
{
    m_loader = makeBulkLoader(connection, options, m_error);
    if (m_loader)
        m_restore = makeBulkRestore(connection, m_error);
    if (!m_error.empty())
        m_loader.reset();
}

LoadLane::~LoadLane()
{
    end();
}

std::string LoadLane::start(const SeedPlan& plan, const StopSignal& stop)
{
    m_started = true;
    std::string error = m_loader->startSession();
    if (error.empty() && m_restore)
        error = m_restore->startSession(plan, stop);
    return error;
}

void LoadLane::endRestore()
{
    if (m_restore)
        m_restore->endSession();
}

void LoadLane::end()
{
    if (!m_started)
        return;
    m_started = false;
    endRestore();
    m_loader->endSession();
}

TableOutcome LoadLane::load(std::size_t index, const LaneContext& context)
{
    const PlannedTable& table = context.plan.tables[index];
    TableOutcome out;
    TableLoadResult& result = out.result;
    result.name = table.name;
    result.plannedRows = table.rows;
    QElapsedTimer clock;
    clock.start();
    std::int64_t written = 0;
    std::string error = m_loader->begin(table);
    if (error.empty() && m_restore)
        error = m_restore->setAside(table);
    if (error.empty())
        error = writeRows(index, context, clock, written);
    bool complete = error.empty() && written == table.rows;
    if (complete)
        error = m_loader->finishRows();
    result.loadSeconds = secondsOf(clock);
    LoadPhase phase = LoadPhase::Insert;
    const bool afterCommit = m_restore && m_restore->verifiesAfterCommit();
    complete = complete && error.empty() && putBack(index, context, clock, result, phase, error, !afterCommit);
    if (complete)
        error = m_loader->commit();
    const bool committed = complete && error.empty();
    if (committed && afterCommit) {
        // Not interrupted by a stop: the table is in; the check takes a few queries.
        phase = LoadPhase::Constraints;
        report(context, index, phase, table.rows, secondsOf(clock), false);
        const double start = secondsOf(clock);
        error = m_restore->restoreConstraints();
        result.constraintSeconds = secondsOf(clock) - start;
    }
    result.seconds = secondsOf(clock);
    if (committed && error.empty()) {
        result.status = TableStatus::Loaded;
        result.rows = table.rows;
        report(context, index, LoadPhase::Insert, table.rows, result.seconds, true);
        return out;
    }
    // A statement interrupted by the stop signal fails with the database's own words for it.
    out.stopped = !committed && (error.empty() || context.stop.raised());
    const char* how = context.stop.cancelled() ? "cancelled" : "stopped";
    out.what = !out.stopped ? "loading " + table.name + " failed: " + error
               : phase == LoadPhase::Insert
                   ? std::string(how) + " while loading " + table.name + " (" + std::to_string(written) + " of " + std::to_string(table.rows) +
                         " rows written)"
                   : std::string(how) + " while putting back the " + toString(phase) + " of " + table.name + " (all its rows written)";
    out.undone = abandon(result, out.stopped ? TableStatus::RolledBack : TableStatus::Failed, committed);
    return out;
}

std::string LoadLane::writeRows(std::size_t index, const LaneContext& context, const QElapsedTimer& clock, std::int64_t& written)
{
    TableProducer producer(context.plan, index);
    producer.setCancelFlag(context.cancel);
    BatchPipeline pipeline(producer, context.batchSize);
    while (!context.stop.raised()) {
        const RowBatch* batch = pipeline.next();
        if (!batch)
            break;
        if (std::string error = m_loader->write(*batch); !error.empty())
            return error;
        if (m_restore)
            if (std::string error = m_restore->written(*batch); !error.empty())
                return error;
        written = pipeline.rowsDone();
        report(context, index, LoadPhase::Insert, written, secondsOf(clock), false);
    }
    return {};
}

// Puts back what the restore set aside for the rows, phase by phase; a stop ends the table in the phase it came
// in. Returns false with `phase` where it stopped (and `error`, unless it was stopped).
bool LoadLane::putBack(std::size_t index, const LaneContext& context, const QElapsedTimer& clock, TableLoadResult& result,
                       LoadPhase& phase, std::string& error, bool constraints)
{
    if (!m_restore)
        return true;
    const std::int64_t rows = context.plan.tables[index].rows;
    for (LoadPhase step : {LoadPhase::Indexes, LoadPhase::Constraints}) {
        if (step == LoadPhase::Constraints && !constraints)
            break;
        phase = step;
        if (context.stop.raised())
            return false;
        report(context, index, step, rows, secondsOf(clock), false);
        const double start = secondsOf(clock);
        error = step == LoadPhase::Indexes ? m_restore->restoreIndexes() : m_restore->restoreConstraints();
        (step == LoadPhase::Indexes ? result.indexSeconds : result.constraintSeconds) = secondsOf(clock) - start;
        if (!error.empty() || context.stop.raised())
            return false;
    }
    return true;
}

// Rolls the table back (or, `committed`, deletes its rows) and makes sure it is empty; says what it took.
std::string LoadLane::abandon(TableLoadResult& result, TableStatus status, bool committed)
{
    result.status = status;
    result.rows = 0;
    const std::string rollbackError = m_loader->rollback();
    const std::string table = makeRenderer(m_connection.dialect())->quote(result.name);
    QSqlQuery count(m_connection.db());
    std::string error = execBound(count, QString::fromStdString("SELECT COUNT(*) FROM " + table), {}, "counting the rows left in " + result.name);
    const std::int64_t left = error.empty() && count.next() ? count.value(0).toLongLong() : 0;
    count.finish();
    if (error.empty() && left == 0 && !committed)
        return "its transaction was rolled back and it is empty";
    if (error.empty()) {
        QSqlQuery empty(m_connection.db());
        error = execBound(empty, QString::fromStdString("DELETE FROM " + table), {}, "emptying " + result.name);
    }
    if (!error.empty()) {
        result.rows = left;
        return "rolling it back failed (" + (rollbackError.empty() ? error : rollbackError) + "): it may hold rows";
    }
    if (status == TableStatus::RolledBack)
        result.status = TableStatus::Emptied;
    if (committed)
        return "its " + std::to_string(left) + " rows, committed before the check, were deleted: it is empty";
    return std::to_string(left) + " rows stayed after the rollback and were deleted: it is empty";
}

std::string LoadLane::analyze(std::size_t index, const LaneContext& context)
{
    const PlannedTable& table = context.plan.tables[index];
    report(context, index, LoadPhase::Analyze, table.rows, 0, false);
    return m_restore ? m_restore->analyze(table) : std::string();
}

}  // namespace ss::seed
