// DuckDB as a user runs it: the demo applied, inspected, planned, checked for drift, seeded and reported on; a
// change that loses data refused and then backed up; a real project's schema brought over from SQLite.
#include "support/duckdb_required.h"
#include "support/run_dbx.h"
#include "support/shop_specs.h"

#include "core/db/database_connection.h"
#include "core/db/sql_exec.h"

#include <QSqlQuery>

#include <sqlite3.h>

namespace {

QString spec(const char* name)
{
    return QStringLiteral(SS_SOURCE_DIR "/schema_specs/") + QLatin1String(name);
}

QString profile()
{
    return QStringLiteral(SS_SOURCE_DIR "/seeding_profiles/loan_risk.yml");
}

QString scalar(const QString& url, const QString& sql)
{
    ss::DatabaseConnection connection;
    REQUIRE(ss::openDatabase(connection, url.toStdString()) == "");
    QSqlQuery q(connection.db());
    INFO(sql.toStdString());
    REQUIRE(ss::execBound(q, sql, {}, "query") == "");
    REQUIRE(q.next());
    return q.value(0).toString();
}

// Every foreign key of the demo's fact tables, as (table, column, referenced table, referenced column).
const char* const kReferences[][4] = {
    {"fact_loan_payments", "company_key", "dim_company", "company_key"},
    {"fact_loan_payments", "payment_date_key", "dim_date", "date_key"},
    {"fact_loan_payments", "product_key", "dim_loan_product", "product_key"},
    {"fact_loan_originations", "rating_key", "dim_risk_rating", "rating_key"},
    {"fact_credit_risk_snapshots", "rating_key", "dim_risk_rating", "rating_key"},
};

}  // namespace

TEST_CASE("the demo round trips on DuckDB: apply, inspect, an empty plan, no drift", "[duckdb][cli]")
{
    if (!duckDbAvailableForTest())
        return;
    QTemporaryDir dir;
    const QString url = "duckdb://" + dir.filePath("demo.duckdb");
    const DbxRun applied = dbxOk({"apply", "--db", url, "--target", spec("loan_risk.yml")});
    CHECK(applied.out.contains("applied migration"));

    const DbxRun inspected = dbxOk({"inspect", "--db", url, "--no-cache"});
    for (const char* table : {"dim_date", "dim_company", "fact_loan_payments", "v_payments_by_region"})
        CHECK(inspected.out.contains(table));
    CHECK_FALSE(inspected.out.contains("dbx_migrations"));
    CHECK(inspected.out.contains("Principal and interest collected per company region and quarter"));  // a view's description

    CHECK(dbxOk({"plan", "--db", url, "--target", spec("loan_risk.yml")}).out.contains("No changes"));
    CHECK(dbxOk({"drift", "--db", url, "--spec", spec("loan_risk.yml"), "--no-cache"}).out.contains("matches"));
    CHECK(dbxOk({"apply", "--db", url, "--target", spec("loan_risk.yml")}).out.contains("nothing to apply"));
    CHECK(scalar(url, "SELECT count(*) FROM dbx_migrations") == "1");
}

TEST_CASE("seeding DuckDB through the Appender keeps every reference and gives the same rows for the same seed",
          "[duckdb][cli][seed]")
{
    if (!duckDbAvailableForTest())
        return;
    QTemporaryDir dir;
    QStringList urls;
    for (const char* name : {"a.duckdb", "b.duckdb"}) {
        const QString url = "duckdb://" + dir.filePath(name);
        dbxOk({"apply", "--db", url, "--target", spec("loan_risk.yml")});
        const DbxRun seeded = dbxOk({"seed", "--db", url, "--spec", spec("loan_risk.yml"), "--profile", profile(), "--seed", "7"});
        CHECK(seeded.out.contains("DuckDB Appender"));
        urls << url;
    }
    const QString url = urls[0];
    CHECK(scalar(url, "SELECT count(*) FROM fact_loan_payments").toLongLong() > 0);
    for (const auto& ref : kReferences) {
        INFO(ref[0] << "." << ref[1]);
        CHECK(scalar(url, QStringLiteral("SELECT count(*) FROM %1 f LEFT JOIN %3 d ON d.%4 = f.%2 WHERE d.%4 IS NULL")
                              .arg(ref[0], ref[1], ref[2], ref[3])) == "0");
    }
    const QString digest = "SELECT md5(string_agg(CAST(p AS VARCHAR), ',' ORDER BY loan_id, payment_number)) FROM fact_loan_payments p";
    CHECK(scalar(urls[0], digest) == scalar(urls[1], digest));

    // The key sequences stand past the keys written: a row added without its key gets the next one. (The
    // connection closes before dbx runs again: DuckDB lets one process at a time open a file.)
    {
        const qlonglong largest = scalar(url, "SELECT max(rating_key) FROM dim_risk_rating").toLongLong();
        ss::DatabaseConnection connection;
        REQUIRE(ss::openDatabase(connection, url.toStdString()) == "");
        QSqlQuery insert(connection.db());
        REQUIRE(ss::execBound(insert, "INSERT INTO dim_risk_rating (rating_code, rating_band, rating_rank, pd_floor, pd_ceiling) "
                                      "VALUES ('ZZ', 'test', 99, 0.1, 0.2) RETURNING rating_key", {}, "insert") == "");
        REQUIRE(insert.next());
        CHECK(insert.value(0).toLongLong() == largest + 1);
    }

    const DbxRun report = dbxOk({"report", "fact_loan_payments", "--db", url});
    CHECK(report.out.contains("principal_paid"));
    CHECK(dbxOk({"runs", "--db", url}).out.contains("seed"));
}

TEST_CASE("a change that loses data on DuckDB is refused, then applied after a backup when allowed", "[duckdb][cli][apply]")
{
    if (!duckDbAvailableForTest())
        return;
    QTemporaryDir dir;
    const QString url = "duckdb://" + dir.filePath("shop.duckdb");
    const QString v1 = writeFile(dir, "v1.yml", kShopV1);
    const QString v2 = writeFile(dir, "v2.yml", kShopV2);
    dbxOk({"apply", "--db", url, "--target", v1});
    {
        ss::DatabaseConnection connection;
        REQUIRE(ss::openDatabase(connection, url.toStdString()) == "");
        QSqlQuery q(connection.db());
        REQUIRE(ss::execBound(q, "INSERT INTO customer VALUES (1, 'Ada', 'L-1'), (2, 'Grace', 'L-2')", {}, "insert") == "");
        REQUIRE(ss::execBound(q, "INSERT INTO old_orders VALUES (1, 'first')", {}, "insert") == "");
    }

    const DbxRun refused = runDbx({"apply", "--db", url, "--target", v2});
    INFO(refused.out.toStdString() << refused.err.toStdString());
    CHECK(refused.exitCode != 0);
    CHECK((refused.out + refused.err).contains("--allow-breaking"));
    CHECK(scalar(url, "SELECT count(*) FROM dbx_migrations") == "1");
    CHECK(scalar(url, "SELECT count(*) FROM old_orders") == "1");

    const DbxRun applied = dbxOk({"apply", "--db", url, "--target", v2, "--allow-breaking"});
    CHECK(applied.out.contains("backup"));
    CHECK(scalar(url, "SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE 'dbx_backup_%'").toInt() == 2);
    CHECK(scalar(url, "SELECT count(*) FROM customer WHERE name = 'Grace'") == "1");
    CHECK(dbxOk({"drift", "--db", url, "--spec", v2, "--no-cache"}).out.contains("matches"));
}

TEST_CASE("MediaWiki's schema, inspected from SQLite, is created on DuckDB and then plans nothing", "[duckdb][cli][real-world]")
{
    if (!duckDbAvailableForTest())
        return;
    const QString schema = QStringLiteral("/usr/share/mediawiki/maintenance/sqlite/tables-generated.sql");
    INFO("install the Debian package mediawiki (packaging/install-deps.sh --test)");
    REQUIRE(QFile::exists(schema));
    QTemporaryDir dir;
    const std::string sqlitePath = dir.filePath("mw.db").toStdString();
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(sqlitePath.c_str(), &db) == SQLITE_OK);
    const int loaded = sqlite3_exec(db, readFile(schema).constData(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(loaded == SQLITE_OK);

    const QString spec = dir.filePath("mw.yml");
    dbxOk({"inspect", "--db", QString::fromStdString("sqlite://" + sqlitePath), "--out", spec});
    const QString url = "duckdb://" + dir.filePath("mw.duckdb");
    dbxOk({"apply", "--db", url, "--target", spec});
    CHECK(scalar(url, "SELECT count(*) FROM duckdb_tables() WHERE table_name NOT LIKE 'dbx\\_%' ESCAPE '\\'") == "58");
    CHECK(dbxOk({"plan", "--db", url, "--target", spec}).out.contains("No changes"));
    CHECK(dbxOk({"drift", "--db", url, "--spec", spec, "--no-cache"}).out.contains("matches"));
}

TEST_CASE("a spec's enum and domain types are written out on DuckDB, enforced, and then plan nothing", "[duckdb][cli][types]")
{
    if (!duckDbAvailableForTest())
        return;
    QTemporaryDir dir;
    const QString spec = writeFile(dir, "typed.yml", "version: 1\n"
                                      "types:\n"
                                      "  - {name: ticket_status, enum: [open, closed]}\n"
                                      "  - {name: amount, domain: DECIMAL(12,2), checks: [{expression: VALUE >= 0}]}\n"
                                      "entities:\n"
                                      "  tables:\n"
                                      "    - name: ticket\n"
                                      "      primary_key: [id]\n"
                                      "      columns:\n"
                                      "        - {name: id, type: INTEGER, nullable: false}\n"
                                      "        - {name: status, type: ticket_status, nullable: false, default: open}\n"
                                      "        - {name: total, type: amount}\n");
    const QString url = "duckdb://" + dir.filePath("typed.duckdb");
    dbxOk({"apply", "--db", url, "--target", spec});
    CHECK(dbxOk({"plan", "--db", url, "--target", spec}).out.contains("No changes"));

    ss::DatabaseConnection connection;
    REQUIRE(ss::openDatabase(connection, url.toStdString()) == "");
    QSqlQuery q(connection.db());
    CHECK(ss::execBound(q, "INSERT INTO ticket (id, total) VALUES (1, 5)", {}, "insert") == "");
    CHECK(ss::execBound(q, "INSERT INTO ticket (id, status, total) VALUES (2, 'lost', 5)", {}, "insert") != "");
    CHECK(ss::execBound(q, "INSERT INTO ticket (id, status, total) VALUES (3, 'closed', -5)", {}, "insert") != "");
}
