#include "support/run_dbx.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

QString demo(const char* name) { return QStringLiteral(SS_SOURCE_DIR "/schema_specs/") + QLatin1String(name); }

}  // namespace

TEST_CASE("dbx seed --dry-run prints each table's rows and its first generated rows")
{
    const DbxRun r = runDbx({"seed", "--spec", demo("current.yml"), "--dry-run", "--preview", "2"});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith("seed 42: 6 tables, 22492 rows (dry run: nothing is written)\n"));
    CHECK(r.out.contains("\ndim_date: 2192 rows\n"));
    CHECK(r.out.contains("| 2020-01-02 | 2020 |"));
    CHECK(r.out.contains("\nfact_loan_payments: 10000 rows\n"));
    CHECK(r.err.isEmpty());
}

TEST_CASE("dbx seed --dry-run --json gives counts, columns and preview rows, --seed and --scale apply")
{
    const DbxRun r = runDbx({"seed", "--spec", demo("retail_sales.yml"), "--dry-run", "--json", "--seed", "7", "--scale", "0.5"});
    REQUIRE(r.exitCode == 0);
    QJsonParseError error{};
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(o["seed"].toInt() == 7);
    const QJsonArray tables = o["tables"].toArray();
    REQUIRE(tables.size() == 6);
    const QJsonObject date = tables.at(0).toObject();
    CHECK(date["name"].toString() == "dim_date");
    CHECK(date["rows"].toInt() == 2192);
    const QJsonObject store = tables.at(1).toObject();
    CHECK(store["rows"].toInt() == 50);
    CHECK(store["preview"].toArray().size() == 5);
    CHECK(store["preview"].toArray().at(0).toArray().at(0).toInt() == 1);
    CHECK(store["columns"].toArray().at(0).toObject()["generator"].toString() == "sequence");
}

TEST_CASE("dbx seed --write-profile writes the inferred profile, which then gives the same rows")
{
    QTemporaryDir dir;
    const QString profile = dir.filePath("inferred.yml");
    const DbxRun written = runDbx({"seed", "--spec", demo("loan_risk.yml"), "--write-profile", profile});
    CHECK(written.exitCode == 0);
    CHECK(written.out.contains("(8 tables)"));
    const DbxRun inferred = runDbx({"seed", "--spec", demo("loan_risk.yml"), "--dry-run", "--json"});
    const DbxRun fromFile = runDbx({"seed", "--spec", demo("loan_risk.yml"), "--profile", profile, "--dry-run", "--json"});
    CHECK(fromFile.exitCode == 0);
    CHECK(fromFile.err.isEmpty());
    const QJsonArray a = QJsonDocument::fromJson(inferred.out.toUtf8()).object()["tables"].toArray();
    const QJsonArray b = QJsonDocument::fromJson(fromFile.out.toUtf8()).object()["tables"].toArray();
    REQUIRE(a.size() == 8);
    REQUIRE(b.size() == 8);
    for (int i = 0; i < a.size(); ++i) {
        CHECK(a.at(i).toObject()["rows"] == b.at(i).toObject()["rows"]);
        CHECK(a.at(i).toObject()["preview"] == b.at(i).toObject()["preview"]);
        CHECK(b.at(i).toObject()["columns"].toArray().at(0).toObject()["inferred"].toBool() == false);
    }
}

TEST_CASE("dbx seed reports profile errors at their line and column and exits 1")
{
    QTemporaryDir dir;
    const QString profile = writeFile(dir, "bad.yml", "version: 1\ntables:\n  dim_company:\n    columns:\n"
                                                      "      region: {generator: regoin}\n");
    const DbxRun r = runDbx({"seed", "--spec", demo("current.yml"), "--profile", profile, "--dry-run"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.startsWith(profile + ":5:27: error: unknown generator 'regoin'"));
}

TEST_CASE("dbx seed usage errors exit 2")
{
    CHECK(runDbx({"seed", "--dry-run"}).exitCode == 2);
    CHECK(runDbx({"seed", "--spec", demo("current.yml")}).exitCode == 2);
    CHECK(runDbx({"seed", "--spec", demo("current.yml"), "--dry-run", "--scale", "0"}).exitCode == 2);
    CHECK(runDbx({"seed", "--spec", "/nonexistent.yml", "--dry-run"}).exitCode == 2);
    CHECK(runDbx({"seed", "--spec", demo("current.yml"), "--db", "sqlite:///tmp/x.db", "--dry-run"}).exitCode == 2);
    CHECK(runDbx({"seed", "--spec", demo("current.yml"), "--db", "sqlite:///tmp/x.db", "--batch-size", "0"}).exitCode == 2);
    CHECK(runDbx({"seed", "--spec", demo("current.yml"), "--db", "oracle://host/db"}).exitCode == 2);
}
