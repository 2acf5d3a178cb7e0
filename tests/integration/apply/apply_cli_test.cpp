#include "apply/apply_support.h"

#include "core/db/apply/backup.h"
#include "core/sql/sql_renderer.h"
#include "support/shop_specs.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ss;

namespace {

SchemaModel model(const char* yaml)
{
    LoadResult r = loadSchemaYaml(yaml);
    REQUIRE(r.ok());
    return r.model;
}

QString orderedNotes(ApplyTarget& db, const std::string& table)
{
    const std::string q = makeRenderer(db.dialect())->quote(table);
    return db.text(db.dialect() == Dialect::PostgreSql
                       ? "SELECT string_agg(note, ',' ORDER BY id) FROM " + q
                       : db.dialect() == Dialect::MySql ? "SELECT GROUP_CONCAT(note ORDER BY id) FROM " + q
                                                        : "SELECT group_concat(note, ',') FROM (SELECT note FROM " + q +
                                                              " ORDER BY id)");
}

}  // namespace

TEST_CASE("dbx apply refuses a tampered migration before anything runs, and one changed after it was applied",
          "[apply][cli]")
{
    for (const Dialect dialect : kAllDialects) {
        INFO("dialect " << toString(dialect));
        ApplyTarget db(dialect, "tamper");
        const std::string original = plannedMigration(SchemaModel{}, model(kShopV1), dialect);
        std::string tampered = original;
        const auto at = tampered.rfind("old_orders");  // in the body, below the header
        REQUIRE(at != std::string::npos);
        tampered[at + 9] = 'z';
        const QString file = db.write("0001_shop.sql", tampered);

        const DbxRun refused = runDbx({"apply", file, "--db", db.url});
        INFO(refused.err.toStdString());
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains("refused: " + file + ": the body does not match the header's checksum"));
        CHECK(refused.err.contains(QString::fromStdString(parseMigrationFile(original).header.checksum)));
        CHECK(refused.err.contains(QString::fromStdString(migrationChecksum(parseMigrationFile(tampered).body))));
        CHECK(db.tables().empty());

        db.write("0001_shop.sql", original);
        REQUIRE(runDbx({"apply", file, "--db", db.url}).exitCode == 0);
        const DbxRun again = runDbx({"apply", file, "--db", db.url});
        CHECK(again.exitCode == 0);
        CHECK(again.out.contains("migration 0001_shop is already applied"));

        const std::string other = plannedMigration(SchemaModel{}, model(kShopV2), dialect);
        db.write("0001_shop.sql", other);
        const DbxRun changed = runDbx({"apply", file, "--db", db.url});
        INFO(changed.out.toStdString());
        CHECK(changed.exitCode == 1);
        CHECK(changed.out.contains(file + " changed after migration 0001_shop was applied"));
        CHECK(changed.out.contains(QString::fromStdString(parseMigrationFile(original).header.checksum)));
        CHECK(changed.out.contains(QString::fromStdString(parseMigrationFile(other).header.checksum)));
    }
}

TEST_CASE("dbx apply refuses a breaking change, then with --allow-breaking backs up the lost data first",
          "[apply][cli][backup]")
{
    for (const Dialect dialect : kAllDialects) {
        INFO("dialect " << toString(dialect));
        ApplyTarget db(dialect, "breaking");
        REQUIRE(runDbx({"apply", db.write("0001_shop.sql", plannedMigration(SchemaModel{}, model(kShopV1), dialect)), "--db",
                        db.url})
                    .exitCode == 0);
        db.exec("INSERT INTO customer (id, name, legacy_code) VALUES (1, 'Ann', 'A-1')");
        db.exec("INSERT INTO customer (id, name, legacy_code) VALUES (2, 'Bob', 'B-2')");
        db.exec("INSERT INTO old_orders (id, note) VALUES (10, 'first')");
        db.exec("INSERT INTO old_orders (id, note) VALUES (11, 'second')");
        const Plan plan = diff(model(kShopV1), model(kShopV2));
        const QString file = db.dir.filePath("0002_trim.sql");
        REQUIRE(writeMigration(file.toStdString(), plan, renderMigration(plan, dialect), true, "t").empty());

        const DbxRun refused = runDbx({"apply", file, "--db", db.url, "--json"});
        INFO(refused.out.toStdString() << refused.err.toStdString());
        CHECK(refused.exitCode == 3);
        const QJsonObject report = QJsonDocument::fromJson(refused.out.toUtf8()).object();
        CHECK(report.value("status").toString() == "refused_breaking");
        QStringList refusedOps;
        for (const auto& op : report.value("breaking").toArray())
            refusedOps << op.toObject().value("description").toString();
        CHECK(refusedOps.join("|").contains("drop table old_orders"));
        CHECK(refusedOps.join("|").contains("drop column customer.legacy_code"));
        CHECK(report.value("error").toString().contains("DS101"));  // the reasons, from the impact sidecar
        CHECK(db.hasTable("old_orders"));

        const DbxRun allowed = runDbx({"apply", file, "--db", db.url, "--allow-breaking"});
        INFO(allowed.out.toStdString() << allowed.err.toStdString());
        REQUIRE(allowed.exitCode == 0);
        CHECK_FALSE(db.hasTable("old_orders"));
        const QString backup = db.text("SELECT backup FROM dbx_migrations WHERE id = '0002_trim'");
        CHECK(allowed.out.contains("backup: " + backup));
        if (dialect == Dialect::Sqlite) {
            REQUIRE(QFileInfo::exists(backup));
            CHECK(QFileInfo(backup).absolutePath() == QFileInfo(db.scratch.db().databaseName()).absolutePath());
            db.exec("ATTACH DATABASE '" + backup.toStdString() + "' AS saved");
            CHECK(db.text("SELECT group_concat(note, ',') FROM (SELECT note FROM saved.old_orders ORDER BY id)") ==
                  "first,second");
            CHECK(db.text("SELECT group_concat(legacy_code, ',') FROM (SELECT legacy_code FROM saved.customer ORDER BY id)") ==
                  "A-1,B-2");
            db.exec("DETACH DATABASE saved");
        } else {
            const std::string orders = backupTableName("0002_trim", "old_orders");
            const std::string customers = backupTableName("0002_trim", "customer");
            CHECK(backup.contains(QString::fromStdString(orders)));
            CHECK(backup.contains(QString::fromStdString(customers)));
            CHECK(orderedNotes(db, orders) == "first,second");
            CHECK(db.text("SELECT legacy_code FROM " + customers + " WHERE id = 2") == "B-2");
        }
    }
}

TEST_CASE("dbx apply --target plans against the live schema, and dbx drift reports what differs with its risk",
          "[apply][cli][drift]")
{
    for (const Dialect dialect : kAllDialects) {
        INFO("dialect " << toString(dialect));
        ApplyTarget db(dialect, "target");
        const QString spec = db.write("shop.yml", kShopV1);

        const DbxRun dry = runDbx({"apply", "--target", spec, "--db", db.url, "--dry-run"});
        INFO(dry.out.toStdString() << dry.err.toStdString());
        CHECK(dry.exitCode == 0);
        CHECK(dry.out.contains("CREATE TABLE"));
        CHECK(dry.out.contains("nothing was changed"));
        CHECK(db.tables().empty());

        const DbxRun applied = runDbx({"apply", "--target", spec, "--db", db.url});
        INFO(applied.out.toStdString() << applied.err.toStdString());
        REQUIRE(applied.exitCode == 0);
        CHECK(applied.out.contains("applied migration shop-"));
        CHECK(db.hasTable("old_orders"));

        const DbxRun inSync = runDbx({"drift", "--db", db.url, "--spec", spec, "--no-cache"});
        INFO(inSync.out.toStdString() << inSync.err.toStdString());
        CHECK(inSync.exitCode == 0);
        CHECK(inSync.out.contains("matches"));

        const DbxRun nothing = runDbx({"apply", "--target", spec, "--db", db.url});
        CHECK(nothing.exitCode == 0);
        CHECK(nothing.out.contains("nothing to apply"));

        db.exec("CREATE TABLE stray (id INTEGER PRIMARY KEY)");
        const DbxRun drifted = runDbx({"drift", "--db", db.url, "--spec", spec, "--no-cache", "--json"});
        INFO(drifted.out.toStdString() << drifted.err.toStdString());
        CHECK(drifted.exitCode == 1);
        const QJsonObject report = QJsonDocument::fromJson(drifted.out.toUtf8()).object();
        CHECK_FALSE(report.value("in_sync").toBool());
        const QJsonArray ops = report.value("operations").toArray();
        REQUIRE(ops.size() == 1);
        CHECK(ops[0].toObject().value("kind").toString() == "drop_table");
        CHECK(ops[0].toObject().value("risk").toString() == "high");
    }
}
