#include "support/run_dbx.h"
#include "support/seed_load_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

QString demo(const char* name) { return QStringLiteral(SS_SOURCE_DIR "/schema_specs/") + QLatin1String(name); }

// A SQLite file holding the schema of the demo's current.yml, and its URL.
struct DemoDatabase {
    QTemporaryDir dir;
    QString url;

    DemoDatabase()
    {
        url = "sqlite://" + dir.filePath("demo.db");
        ss::DatabaseConnection connection;
        ss::OpenOptions options;
        options.createFile = true;
        REQUIRE(ss::openDatabase(connection, url.toStdString(), {}, options).empty());
        seedload::createSchema(connection, seedload::specFile("schema_specs/current.yml"));
    }
};

QJsonObject jsonOf(const DbxRun& r)
{
    QJsonParseError error{};
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    INFO(r.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return o;
}

}  // namespace

TEST_CASE("dbx seed --db loads every table, shows progress lines off a terminal and reports the run as JSON")
{
    DemoDatabase db;
    const DbxRun r = runDbx({"seed", "--spec", demo("current.yml"), "--db", db.url, "--json", "--batch-size", "3000"});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = jsonOf(r);
    CHECK(o["status"].toString() == "finished");
    CHECK(o["rows"].toInt() == 22492);
    CHECK(o["method"].toString() == "sqlite3 multi-row prepared INSERT");
    CHECK(o["run_id"].toString().size() == 36);
    const QJsonArray tables = o["tables"].toArray();
    REQUIRE(tables.size() == 6);
    CHECK(tables.at(0).toObject()["name"].toString() == "dim_date");
    CHECK(tables.at(0).toObject()["rows"].toInt() == 2192);
    CHECK(tables.at(0).toObject()["status"].toString() == "loaded");
    CHECK(r.err.contains(QRegularExpression("^dim_date: 2192 rows in [0-9.]+ s \\([0-9.]+ rows/s\\)\\n")));
    CHECK(r.err.contains("\nfact_loan_payments: 10000 rows in "));
}

TEST_CASE("dbx seed --db refuses tables that hold rows unless --replace, and a missing schema, with exit 1")
{
    DemoDatabase db;
    const DbxRun first = runDbx({"seed", "--spec", demo("current.yml"), "--db", db.url});
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.startsWith("seeded " + db.url + " (seed 42, sqlite3 multi-row prepared INSERT): 6 tables, 22492 rows in "));
    CHECK(first.out.contains("\n  fact_loan_payments      10000 rows  loaded  "));

    const DbxRun again = runDbx({"seed", "--spec", demo("current.yml"), "--db", db.url});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("already hold rows: seeding fills empty tables (replace their rows with --replace)"));
    const DbxRun replaced = runDbx({"seed", "--spec", demo("current.yml"), "--db", db.url, "--replace", "--seed", "7"});
    INFO(replaced.err.toStdString());
    CHECK(replaced.exitCode == 0);
    CHECK(replaced.out.contains("(seed 7, "));

    QTemporaryDir empty;
    const DbxRun missing = runDbx({"seed", "--spec", demo("current.yml"), "--db", "sqlite://" + empty.filePath("none.db")});
    CHECK(missing.exitCode == 1);
    const DbxRun noSchema = runDbx({"seed", "--spec", demo("loan_risk.yml"), "--db", db.url, "--replace"});
    CHECK(noSchema.exitCode == 1);
    CHECK(noSchema.err.contains("the database lacks the tables dim_risk_rating and fact_credit_risk_snapshots and the columns "
                                "dim_company.employee_count, "));
    CHECK(noSchema.err.contains("(dbx plan, then dbx apply)"));
    CHECK(noSchema.err.contains("hint: dbx apply --target " + demo("loan_risk.yml") + " --db " + db.url + "\n"));
}

TEST_CASE("dbx report prints per-column statistics of a seeded table, exits 1 for unknown tables and 2 for bad options")
{
    DemoDatabase db;
    REQUIRE(runDbx({"seed", "--spec", demo("current.yml"), "--db", db.url}).exitCode == 0);
    const DbxRun r = runDbx({"report", "dim_date", "--db", db.url, "--json", "--percentiles", "50,90"});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = jsonOf(r);
    CHECK(o["rows"].toInt() == 2192);
    const QJsonArray columns = o["columns"].toArray();
    QJsonObject fullDate;
    QJsonObject quarter;
    for (const auto& c : columns) {
        if (c.toObject()["name"].toString() == "full_date")
            fullDate = c.toObject();
        if (c.toObject()["name"].toString() == "quarter")
            quarter = c.toObject();
    }
    CHECK(fullDate["distinct"].toInt() == 2192);
    CHECK(fullDate["null_ratio"].toDouble() == 0);
    CHECK(fullDate["min"].toString() == "2020-01-01");
    CHECK(fullDate["max"].toString() == "2025-12-31");
    CHECK(quarter["min"].toInt() == 1);
    CHECK(quarter["max"].toInt() == 4);
    CHECK(quarter["distinct"].toInt() == 4);
    CHECK(quarter["percentiles"].toObject()["p50"].toDouble() == 3);  // day 1096 of 2192 from 2020-01-01 is in July

    const DbxRun human = runDbx({"report", "dim_date", "--db", db.url});
    CHECK(human.exitCode == 0);
    CHECK(human.out.startsWith("dim_date: 2192 rows\n  column "));
    CHECK(human.out.contains(QRegularExpression("\\| p50 +\\| p90 +\\| p95 +\\| p99\\n")));

    CHECK(runDbx({"report", "nowhere", "--db", db.url}).exitCode == 1);
    CHECK(runDbx({"report", "dim_date", "--db", db.url, "--percentiles", "101"}).exitCode == 2);
    CHECK(runDbx({"report", "--db", db.url}).exitCode == 2);
    CHECK(runDbx({"report", "dim_date"}).exitCode == 2);
}
