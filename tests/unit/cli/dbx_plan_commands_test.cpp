#include "support/run_dbx.h"

#include "core/sql/migration_file.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

const QString kSpecs = QStringLiteral(SS_SOURCE_DIR) + "/schema_specs/";
const QString kCurrent = kSpecs + "current.yml";
const QString kTarget = kSpecs + "loan_risk.yml";

QJsonObject json(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    INFO(text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

}  // namespace

TEST_CASE("dbx plan prints the operations with their risk and the SQL")
{
    const DbxRun r = runDbx({"plan", "--target", kTarget, "--current", kCurrent, "--dialect", "postgresql"});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("[high] add column fact_loan_originations.rating_key"));
    CHECK(r.out.contains("MF103 high:"));
    CHECK(r.out.contains("SQL (postgresql):"));
    CHECK(r.out.contains("CREATE TABLE \"dim_risk_rating\""));
}

TEST_CASE("dbx plan --json has operations, sql and summary, an empty plan has no operations")
{
    const DbxRun r = runDbx({"plan", "--target", kTarget, "--current", kCurrent, "--json", "--dialect", "mysql"});
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = json(r.out);
    const QJsonArray ops = o["operations"].toArray();
    REQUIRE(ops.size() == o["summary"].toObject()["operations"].toInt());
    CHECK(ops[0].toObject()["kind"].toString() == "drop_view");
    CHECK(ops[0].toObject()["sql"].toArray()[0].toString() == "DROP VIEW `v_payments_by_region`");
    CHECK(o["summary"].toObject()["highest"].toString() == "high");
    CHECK(o["sql"].toString().contains("ENGINE=InnoDB"));

    const DbxRun same = runDbx({"plan", "--target", kTarget, "--current", kTarget, "--json"});
    REQUIRE(same.exitCode == 0);
    const QJsonObject empty = json(same.out);
    CHECK(empty["operations"].toArray().isEmpty());
    CHECK(empty["sql"].toString().isEmpty());
    CHECK(empty["summary"].toObject()["operations"].toInt() == 0);
}

TEST_CASE("dbx plan --out writes the migration with a checksummed header and, on request, its impact sidecar")
{
    QTemporaryDir dir;
    const QString out = dir.filePath("0002_loan_risk.sql");
    const DbxRun r = runDbx({"plan", "--target", kTarget, "--current", kCurrent, "--out", out, "--impact-meta"});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const ss::ParsedMigrationFile parsed = ss::parseMigrationFile(readFile(out).toStdString());
    REQUIRE(parsed.error.empty());
    CHECK(parsed.header.dialect == "sqlite");
    CHECK(parsed.header.fromVersion == "1.1.0");
    CHECK(parsed.header.toVersion == "1.2.0");
    CHECK_FALSE(parsed.header.generatedAt.empty());
    CHECK(parsed.checksumMatches());

    const QJsonObject sidecar = json(QString::fromUtf8(readFile(out + ".impact.json")));
    CHECK(sidecar["migration"].toString() == "0002_loan_risk.sql");
    CHECK(sidecar["checksum"].toString().toStdString() == parsed.header.checksum);
    CHECK(sidecar["summary"].toObject()["high"].toInt() == 1);
    CHECK(sidecar["operations"].toArray()[3].toObject()["reasons"].toArray()[0].toObject()["code"].toString() == "MF103");

    // An edited body no longer matches its checksum.
    ss::ParsedMigrationFile tampered = parsed;
    tampered.body += "DROP TABLE dim_date;\n";
    CHECK_FALSE(tampered.checksumMatches());
}

TEST_CASE("dbx plan --fail-on-risk exits 3 at or above the level and 0 below it")
{
    CHECK(runDbx({"plan", "--target", kTarget, "--current", kCurrent, "--fail-on-risk", "high"}).exitCode == 3);
    CHECK(runDbx({"plan", "--target", kTarget, "--current", kCurrent, "--fail-on-risk", "medium"}).exitCode == 3);
    CHECK(runDbx({"plan", "--target", kTarget, "--current", kTarget, "--fail-on-risk", "safe"}).exitCode == 0);
}

TEST_CASE("dbx plan usage errors exit 2, spec errors exit 1")
{
    CHECK(runDbx({"plan", "--target", kTarget}).exitCode == 2);
    CHECK(runDbx({"plan", "--target", kTarget, "--current", kCurrent, "--dialect", "oracle"}).exitCode == 2);
    CHECK(runDbx({"plan", "--target", kTarget, "--current", kCurrent, "--fail-on-risk", "extreme"}).exitCode == 2);
    CHECK(runDbx({"plan", "--target", kTarget, "--current", kCurrent, "--impact-meta"}).exitCode == 2);
    CHECK(runDbx({"plan", "--target", kTarget, "--current", "/nonexistent/spec.yml"}).exitCode == 2);
    const DbxRun db = runDbx({"plan", "--target", kTarget, "--current", kCurrent, "--db", "postgresql://u@localhost/db"});
    CHECK(db.exitCode == 2);
    CHECK(db.err.contains("not both"));

    QTemporaryDir dir;
    QFile bad(dir.filePath("bad.yml"));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("version: 1\nentities:\n  tables:\n    - name: t\n      primary_key: [id]\n      columns:\n"
              "        - {name: id, type: WHATEVER}\n");
    bad.close();
    const DbxRun spec = runDbx({"plan", "--target", dir.filePath("bad.yml"), "--current", kCurrent});
    CHECK(spec.exitCode == 1);
    CHECK(spec.err.contains("bad.yml:7:"));
}

TEST_CASE("dbx impact reports risks without SQL, in full or as a summary")
{
    const DbxRun r = runDbx({"impact", kTarget, "--current", kCurrent});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("MF103 high"));
    CHECK_FALSE(r.out.contains("CREATE TABLE"));

    const DbxRun summary = runDbx({"impact", kTarget, "--current", kCurrent, "--summary-only"});
    REQUIRE(summary.exitCode == 0);
    CHECK(summary.out.trimmed().count('\n') == 0);
    CHECK(summary.out.contains("1 high"));

    const QJsonObject o = json(runDbx({"impact", kTarget, "--current", kCurrent, "--json"}).out);
    CHECK(o["operations"].toArray().size() == o["summary"].toObject()["operations"].toInt());
    const QJsonObject s = json(runDbx({"impact", kTarget, "--current", kCurrent, "--json", "--summary-only"}).out);
    CHECK_FALSE(s.contains("operations"));
    CHECK(s["summary"].toObject()["highest"].toString() == "high");

    CHECK(runDbx({"impact", kTarget}).exitCode == 2);
    const DbxRun password = runDbx({"impact", kTarget, "--db", "mysql://u:secret@h/db"});
    CHECK(password.exitCode == 2);
    CHECK_FALSE(password.err.contains("secret"));
}
