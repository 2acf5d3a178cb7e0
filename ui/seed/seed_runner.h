#pragma once

#include "core/seed/load/schema_presence.h"
#include "core/seed/load/seed_run.h"
#include "core/seed/report/column_distribution.h"
#include "core/seed/report/table_report.h"
#include "core/spec/schema_model.h"
#include "ui/shell/active_database.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace ss::ui {

// What the Seed page asks of the database, run on the seeding thread.
struct SeedJob {
    enum class Kind {
        Probe,  // which tables exist and hold rows (and, with withInsights, the report of those that do)
        Seed,   // create what is missing (if asked), load, then report on every table loaded
    };
    Kind kind = Kind::Seed;
    ActiveDatabase database;    // a SQLite file that does not exist yet is created by a seed, not by a probe
    bool createSchema = false;  // create the tables the database lacks first
    std::shared_ptr<const SchemaModel> model;
    std::string specPath;       // names the migration that creates the missing tables
    std::shared_ptr<const seed::SeedPlan> plan;
    std::size_t batchSize = 10'000;
    bool replace = false;
    bool withInsights = false;
    std::vector<double> percentiles = {50, 90, 99};
};

struct TableInsight {
    seed::TableReport report;
    std::vector<seed::ColumnDistribution> distributions;
};

struct SeedJobOutcome {
    SeedJob::Kind kind = SeedJob::Kind::Seed;
    bool withInsights = false;       // a probe that also reported on the tables holding rows
    std::string error;               // the database could not be opened, created or read
    bool databaseExists = true;      // a SQLite file that does not exist yet (probe)
    seed::SchemaPresence presence;   // as found before loading
    int schemaStatements = 0;        // run to create the missing tables
    seed::SeedRunResult run;
    std::vector<TableInsight> tables;  // tables that hold rows after the run, in load order
};

// Runs seeding jobs on a thread of its own, one at a time, with its own database connection (Qt Sql connections
// belong to the thread that opens them). Progress and the outcome come back on the UI thread as signals.
class SeedRunner : public QObject {
    Q_OBJECT

public:
    explicit SeedRunner(QObject* parent = nullptr);
    ~SeedRunner() override;

    // False (and nothing starts) while another job runs.
    bool start(SeedJob job);
    // Asks the running job to stop: the table in progress is rolled back, finished tables stay.
    void cancel();
    bool isRunning() const { return running_; }

Q_SIGNALS:
    void progress(const ss::seed::TableProgress& progress);
    void finished(const ss::ui::SeedJobOutcome& outcome);
    void runningChanged(bool running);

private:
    void post(const seed::TableProgress& progress);
    void deliver(const SeedJobOutcome& outcome);

    QThread thread_;
    QObject* worker_;
    std::atomic<bool> cancel_{false};
    bool running_ = false;
};

}  // namespace ss::ui
