#include "core/db/run_log.h"
#include "support/run_dbx.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

struct RunLogFile {
    QTemporaryDir dir;
    QString path = dir.filePath("runs.sqlite");
    ss::DatabaseConnection connection;

    RunLogFile()
    {
        ss::OpenOptions options;
        options.createFile = true;
        REQUIRE(ss::openDatabase(connection, "sqlite://" + path.toStdString(), {}, options).empty());
    }
};

ss::RunRecord finished(const std::string& kind, std::int64_t rows, const std::string& startedAt)
{
    ss::RunRecord r;
    r.kind = kind;
    r.status = "finished";
    r.startedAt = startedAt;
    r.durationMs = 1500;
    r.rows = rows;
    return r;
}

}  // namespace

TEST_CASE("every stage's runs go into one log, listed newest first and by phase", "[runs]")
{
    RunLogFile file;
    ss::RunRecord design = finished("design", 5, "2026-12-05T07:00:00.000Z");
    design.model = "llama3.1";
    design.tokensIn = 900;
    design.tokensOut = 400;
    REQUIRE(ss::recordFinishedRun(file.connection, design).empty());
    REQUIRE(ss::recordFinishedRun(file.connection, finished("apply", 12, "2026-12-05T07:01:00.000Z")).empty());
    ss::RunRecord seed = finished("seed", 0, "2026-12-05T07:02:00.000Z");
    seed.rowsPerTable = {{"dim_a", 10}, {"fact_b", 90}};
    seed.durationMs = 0;
    seed.finishedAt = "2026-12-05T07:02:02.500Z";
    REQUIRE(ss::recordFinishedRun(file.connection, seed).empty());

    ss::RunLog log(file.connection);
    std::vector<ss::RunRecord> runs;
    REQUIRE(log.list({}, runs).empty());
    REQUIRE(runs.size() == 3);
    CHECK(runs[0].kind == "seed");
    CHECK(runs[0].rows == 100);        // from its tables
    CHECK(runs[0].durationMs == 2500); // from its start and end
    CHECK(runs[2].kind == "design");
    CHECK(runs[2].model == "llama3.1");
    CHECK(runs[2].tokensIn == 900);
    CHECK(runs[2].tokensOut == 400);
    CHECK_FALSE(runs[2].runId.empty());

    REQUIRE(log.list("apply", runs).empty());
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].rows == 12);
}

TEST_CASE("a run log written for seeding alone is read as it is and given the new columns when written to", "[runs]")
{
    RunLogFile file;
    QSqlQuery q(file.connection.db());
    REQUIRE(q.exec("CREATE TABLE dbx_runs (run_id VARCHAR(36) NOT NULL PRIMARY KEY, phase VARCHAR(16) NOT NULL, "
                   "status VARCHAR(16) NOT NULL, started_at VARCHAR(32) NOT NULL, finished_at VARCHAR(32), "
                   "seed VARCHAR(20) NOT NULL, rows_per_table TEXT NOT NULL, rows_per_second DOUBLE PRECISION, detail TEXT)"));
    REQUIRE(q.exec("INSERT INTO dbx_runs VALUES ('old', 'done', 'finished', '2026-01-01T10:00:00.000Z', "
                   "'2026-01-01T10:00:04.000Z', '7', '{\"t\": 40}', 10.0, NULL)"));

    ss::RunLog log(file.connection);
    std::vector<ss::RunRecord> runs;
    REQUIRE(log.list({}, runs).empty());
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].kind == "seed");
    CHECK(runs[0].rows == 40);
    CHECK(runs[0].durationMs == 4000);
    REQUIRE(log.list("design", runs).empty());
    CHECK(runs.empty());

    REQUIRE(ss::recordFinishedRun(file.connection, finished("design", 3, "2026-12-05T07:00:00.000Z")).empty());
    REQUIRE(log.list({}, runs).empty());
    REQUIRE(runs.size() == 2);
    CHECK(runs[1].kind == "seed");  // the old row keeps its kind through the added column's default
    CHECK(runs[0].kind == "design");
}

TEST_CASE("dbx design logs its draft and dbx apply its migration, and dbx runs lists them", "[runs][cli]")
{
    QTemporaryDir dir;
    REQUIRE(runDbx({"init", dir.filePath("shop")}).exitCode == 0);
    const QString project = dir.filePath("shop");
    const QString spec = project + "/draft.yml";
    // No database yet: drafting does not create one.
    REQUIRE(runDbx({"design", "parcel deliveries by driver and day measuring distance", "--out", spec, "--project", project}).exitCode == 0);
    CHECK(runDbx({"runs", "--project", project}).exitCode == 1);

    const DbxRun applied = runDbx({"apply", "--target", spec, "--db", "local", "--project", project});
    INFO(applied.err.toStdString());
    REQUIRE(applied.exitCode == 0);
    REQUIRE(runDbx({"design", "hospital admissions by ward and day", "--project", project, "--out", project + "/h.yml"}).exitCode == 0);
    REQUIRE(runDbx({"plan", "--target", project + "/h.yml", "--db", "local", "--project", project}).exitCode == 0);

    const DbxRun listed = runDbx({"runs", "--project", project});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains("design"));
    CHECK(listed.out.contains("apply"));
    CHECK(listed.out.contains("plan "));
    const DbxRun json = runDbx({"runs", "--project", project, "--phase", "design", "--json"});
    REQUIRE(json.exitCode == 0);
    CHECK(json.out.contains("\"phase\": \"design\""));
    CHECK(json.out.contains("hospital admissions by ward and day"));
    CHECK_FALSE(json.out.contains("\"phase\": \"apply\""));
    CHECK(runDbx({"runs", "--frobnicate"}).exitCode == 2);
}
