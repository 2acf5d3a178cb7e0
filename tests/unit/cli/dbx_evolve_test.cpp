// dbx evolve as a user runs it: analyze a JSON collection (JSON shape), the review on a SQLite file of the demo's
// sample entities, and usage errors with their exit codes.
#include "support/evolve_support.h"
#include "support/run_dbx.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonObject jsonOf(const DbxRun& r)
{
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

}  // namespace

TEST_CASE("dbx evolve analyze --source --json gives patterns and proposals with tables and relationships", "[cli][evolve]")
{
    QTemporaryDir dir;
    const QJsonObject out = jsonOf(runDbx({"evolve", "analyze", "--source", "country=" + evolve_test::worldCountries(), "--dialect",
                                           "postgresql", "--json"},
                                          dir.path()));
    CHECK(out["analysis"].toObject()["entities"].toInt() == 250);
    REQUIRE(out["patterns"].toArray().size() > 3);
    QJsonObject table, relationship;
    for (const QJsonValue& p : out["proposals"].toArray()) {
        if (p.toObject()["id"].toString() == "proposal-table-countries")
            table = p.toObject();
        if (p.toObject()["type"].toString() == "relationship")
            relationship = p.toObject();
    }
    REQUIRE_FALSE(table.isEmpty());
    for (const char* member : {"id", "type", "priority", "status", "title", "rationale", "confidence", "frequency", "sqlPreview",
                               "impact", "supportingData", "table"})
        CHECK(table.contains(QLatin1String(member)));
    CHECK(table["status"].toString() == "pending");
    CHECK(table["table"].toObject()["columns"].toArray().first().toObject().contains("coverage") == false);  // the key
    CHECK(table["table"].toObject()["columns"].toArray().at(1).toObject().contains("coverage"));
    CHECK(table["sqlPreview"].toString().contains("CREATE TABLE \"countries\""));
    CHECK(table["impact"].toObject()["operations"].toArray().size() == 1);
    REQUIRE_FALSE(relationship.isEmpty());
    const QJsonObject r = relationship["relationship"].toObject();
    for (const char* member : {"from_table", "from_columns", "to_table", "to_columns", "cardinality", "resolved_share"})
        CHECK(r.contains(QLatin1String(member)));
}

TEST_CASE("dbx evolve on a SQLite file: sample, analyze, list, show, approve, reject, rollback, history, stats", "[cli][evolve]")
{
    QTemporaryDir dir;
    const QString db = "sqlite:" + dir.path() + "/k.sqlite";
    REQUIRE(runDbx({"evolve", "sample", "--db", db}, dir.path()).exitCode == 0);
    const DbxRun analyzed = runDbx({"evolve", "analyze", "--db", db}, dir.path());
    INFO(analyzed.err.toStdString());
    REQUIRE(analyzed.exitCode == 0);
    CHECK(analyzed.out.contains("stored for review"));
    const QJsonObject listed = jsonOf(runDbx({"evolve", "list", "--db", db, "--json"}, dir.path()));
    CHECK(listed["proposals"].toArray().size() > 8);
    CHECK(listed["patterns"].toArray().size() > 5);
    const DbxRun shown = runDbx({"evolve", "show", "proposal-table-companies", "--db", db}, dir.path());
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains("CREATE TABLE \"companies\""));
    const QJsonObject approved = jsonOf(runDbx({"evolve", "approve", "proposal-table-companies", "--db", db, "--reviewer", "Ivy",
                                                "--notes", "ok", "--json"},
                                               dir.path()));
    CHECK(approved["success"].toBool());
    CHECK(approved["rows"].toInt() == 30);
    CHECK(runDbx({"evolve", "reject", "proposal-table-tasks", "--db", db, "--notes", "later"}, dir.path()).exitCode == 0);
    const DbxRun twice = runDbx({"evolve", "reject", "proposal-table-tasks", "--db", db}, dir.path());
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains("rejected"));
    CHECK(runDbx({"evolve", "rollback", "proposal-table-companies", "--db", db}, dir.path()).exitCode == 0);
    const QJsonObject history = jsonOf(runDbx({"evolve", "history", "--db", db, "--json"}, dir.path()));
    CHECK(history["history"].toArray().size() == 5);  // analyze, approve, reject, failed reject, rollback
    const QJsonObject stats = jsonOf(runDbx({"evolve", "stats", "--db", db, "--json"}, dir.path()));
    CHECK(stats["byStatus"].toObject()["rolled_back"].toInt() == 1);
    CHECK(stats["byStatus"].toObject()["rejected"].toInt() == 1);
    const DbxRun runList = runDbx({"runs", "--db", db, "--phase", "evolve", "--json"}, dir.path());
    REQUIRE(runList.exitCode == 0);
    CHECK(QJsonDocument::fromJson(runList.out.toUtf8()).array().size() >= 3);  // analyze, approve, rollback
}

TEST_CASE("dbx evolve usage errors exit 2 and name what is wrong", "[cli][evolve]")
{
    QTemporaryDir dir;
    CHECK(runDbx({"evolve"}, dir.path()).exitCode == 2);
    CHECK(runDbx({"evolve", "dance"}, dir.path()).exitCode == 2);
    const DbxRun noSource = runDbx({"evolve", "analyze"}, dir.path());
    CHECK(noSource.exitCode == 2);
    CHECK(noSource.err.contains("--source"));
    CHECK(runDbx({"evolve", "analyze", "--source", dir.path() + "/missing.json"}, dir.path()).exitCode == 2);
    CHECK(runDbx({"evolve", "analyze", "--source", "x.json", "--min-coverage", "7"}, dir.path()).exitCode == 2);
    CHECK(runDbx({"evolve", "analyze", "--entities-table", "t", "--source", "x.json"}, dir.path()).exitCode == 2);
    CHECK(runDbx({"evolve", "approve", "--db", "sqlite:" + dir.path() + "/x.sqlite"}, dir.path()).exitCode == 2);
    CHECK(runDbx({"evolve", "list", "--db", "sqlite:" + dir.path() + "/x.sqlite", "--status", "maybe"}, dir.path()).exitCode == 2);
    QFile bad(dir.filePath("bad.ndjson"));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("{\"a\": 1}\n{oops}\n");
    bad.close();
    const DbxRun broken = runDbx({"evolve", "analyze", "--source", dir.filePath("bad.ndjson")}, dir.path());
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.contains("bad.ndjson:2:"));
}
