#include "ui/seed/seed_runner.h"

#include "core/db/database_connection.h"
#include "core/db/inspect/inspector.h"
#include "core/db/schema_setup.h"


#include <chrono>

namespace ss::ui {

namespace {

// Progress goes to the UI at most this often (and whenever a table ends), so a fast load does not flood it.
constexpr auto kProgressInterval = std::chrono::milliseconds(50);

// The report and distributions of each named table, skipping empty ones; false (with out.error) on a failed query.
bool collectInsights(DatabaseConnection& connection, const std::vector<std::string>& tables, const SeedJob& job,
                     const std::atomic<bool>& cancel, SeedJobOutcome& out)
{
    const InspectResult inspected = inspectDatabase(connection);
    if (!inspected.ok()) {
        out.error = inspected.error;
        return false;
    }
    for (const std::string& name : tables) {
        const Table* table = inspected.model.findTable(name);
        if (cancel.load() || !table)
            continue;
        TableInsight insight;
        insight.report = seed::reportTable(connection, *table, job.percentiles);
        if (!insight.report.ok()) {
            out.error = insight.report.error;
            return false;
        }
        if (insight.report.rows == 0)
            continue;
        if (std::string error = seed::columnDistributions(connection, insight.report, {}, insight.distributions); !error.empty()) {
            out.error = error;
            return false;
        }
        out.tables.push_back(std::move(insight));
    }
    return true;
}

void runJob(const SeedJob& job, const std::atomic<bool>& cancel, const std::function<void(const seed::TableProgress&)>& onProgress,
            SeedJobOutcome& out)
{
    out.kind = job.kind;
    out.withInsights = job.withInsights;
    DatabaseConnection connection;
    out.databaseExists = !job.database.isMissingDatabaseFile();
    if (!out.databaseExists && job.kind == SeedJob::Kind::Probe) {
        for (const seed::PlannedTable& table : job.plan->tables)
            out.presence.missingTables.push_back(table.name);
        return;
    }
    if (std::string error = openActiveDatabase(connection, job.database, Access::Write); !error.empty()) {
        out.error = error;
        return;
    }
    out.presence = seed::checkSchemaPresence(connection, *job.plan);
    if (!out.presence.error.empty()) {
        out.error = out.presence.error;
        return;
    }
    if (job.kind == SeedJob::Kind::Probe) {
        if (job.withInsights)
            collectInsights(connection, out.presence.tablesWithRows, job, cancel, out);
        return;
    }
    if (!out.presence.inOtherSchemas.empty()) {
        out.error = out.presence.missingMessage();
        return;
    }
    if (!out.presence.complete() && job.createSchema) {
        const SchemaSetupResult created = createMissingSchema(connection, *job.model, job.specPath);
        out.schemaStatements = created.statements;
        if (!created.ok()) {
            out.error = "creating the schema failed: " + created.error;
            return;
        }
    }
    seed::LoadOptions options;
    options.batchSize = job.batchSize;
    options.replace = job.replace;
    options.cancel = &cancel;
    options.onProgress = onProgress;
    options.openConnection = [&job](DatabaseConnection& more) { return openActiveDatabase(more, job.database, Access::Write); };
    out.run = seed::seedDatabase(connection, *job.plan, options);
    std::vector<std::string> loaded;
    for (const seed::TableLoadResult& table : out.run.tables)
        if (table.rows > 0)
            loaded.push_back(table.name);
    collectInsights(connection, loaded, job, cancel, out);
}

}  // namespace

SeedRunner::SeedRunner(QObject* parent) : QObject(parent), worker_(new QObject)
{
    thread_.setObjectName(QStringLiteral("seeding"));
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_.start();
}

SeedRunner::~SeedRunner()
{
    cancel_ = true;
    thread_.quit();
    thread_.wait();
}

bool SeedRunner::start(SeedJob job)
{
    if (running_)
        return false;
    running_ = true;
    cancel_ = false;
    Q_EMIT runningChanged(true);
    QMetaObject::invokeMethod(worker_, [this, job = std::move(job)] {
        auto last = std::chrono::steady_clock::time_point{};
        SeedJobOutcome outcome;
        runJob(job, cancel_, [this, &last](const seed::TableProgress& p) {
            const auto now = std::chrono::steady_clock::now();
            // Rows are reported per batch and thinned out; a phase starting is reported once and always shown.
            const bool phaseStart = p.phase != seed::LoadPhase::Insert && p.phase != seed::LoadPhase::Update;
            if (p.finished || phaseStart || now - last >= kProgressInterval) {
                last = now;
                QMetaObject::invokeMethod(this, [this, p] { post(p); }, Qt::QueuedConnection);
            }
        }, outcome);
        QMetaObject::invokeMethod(this, [this, outcome = std::move(outcome)] { deliver(outcome); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return true;
}

void SeedRunner::cancel()
{
    cancel_ = true;
}

void SeedRunner::post(const seed::TableProgress& progress)
{
    Q_EMIT this->progress(progress);
}

void SeedRunner::deliver(const SeedJobOutcome& outcome)
{
    running_ = false;
    Q_EMIT finished(outcome);
    Q_EMIT runningChanged(false);
}

}  // namespace ss::ui
