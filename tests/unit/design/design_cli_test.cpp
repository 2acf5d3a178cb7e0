#include "support/run_dbx.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

TEST_CASE("dbx design writes a strictly valid draft, refuses junk and empty prompts", "[design][cli]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath("draft.yml");
    const DbxRun ok = runDbx({"design", "vessel port calls by port, vessel and day measuring cargo tonnage", "--out", out});
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    CHECK(runDbx({"validate", "--strict", out}).exitCode == 0);

    const QString none = dir.filePath("none.yml");
    CHECK(runDbx({"design", "zxq blorp", "--out", none}).exitCode == 1);
    CHECK_FALSE(QFile::exists(none));
    CHECK(runDbx({"design", "  "}).exitCode == 2);

    const DbxRun json = runDbx({"design", "--json", "patients and appointments by doctor and week"});
    CHECK(json.exitCode == 0);
    const QJsonObject parsed = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK_FALSE(parsed.value("understood").toArray().isEmpty());
    CHECK(parsed.value("source").toString() == "offline");
}
