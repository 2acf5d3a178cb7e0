// Seeding a real schema (the demo: secondary indexes, foreign keys, checks, a partitioned fact) beside the
// dialect's own restore path for the same rows, in one run:
//   ours       `dbx seed --spec schema_specs/loan_risk.yml --profile seeding_profiles/loan_risk.yml --scale N`
//              as a process of its own (generation included), into the schema `dbx apply` created; its peak
//              resident memory from /usr/bin/time.
//   reference  the rows ours wrote, loaded again the way the dialect restores data:
//              SQLite      INSERT ... SELECT from the seeded file (ATTACH) into bare tables, then the same
//                          CREATE INDEX statements, a transaction per table, synchronous off, SQLite's default page
//                          cache but for the rows of the one table whose key they reach out of order, which get the
//                          bound of the cache the loader grows while rows read pages back, from their first row
//              PostgreSQL  pg_dump -Fd of the seeded database; pg_restore --section=pre-data (untimed), then timed
//                          pg_restore -j 2 --section=data and --section=post-data (keys, indexes, foreign keys),
//                          then ANALYZE (which ours does too)
//              MariaDB     SELECT ... INTO OUTFILE of the seeded tables (untimed), bare tables (no secondary
//                          indexes, unique or foreign keys), then timed: LOAD DATA LOCAL with foreign_key_checks
//                          and unique_checks off, then the indexes and keys added
// Beyond x10 the demo profile's rating codes ("G{seq:02}" in a VARCHAR(4)) run out at 999 grades: those runs use
// the profile with the codes written as four digits, everything else as it is.
// Usage: seed_restore_bench sqlite|postgresql|mariadb SCALE [RUNS]   (alternating, the median ratio; the x100 runs take
// minutes each)
#include "support/throwaway_postgres.h"
#include "support/throwaway_server.h"

#include "core/db/database_connection.h"
#include "core/plan/plan.h"
#include "core/spec/yaml_loader.h"
#include "core/sql/sql_renderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

const std::string kSource = SS_SOURCE_DIR;
const std::string kSpec = kSource + "/schema_specs/loan_risk.yml";
const std::string kDemoProfile = kSource + "/seeding_profiles/loan_risk.yml";
// The demo's tables in load order (dimensions first).
const std::vector<std::string> kTables = {"dim_date", "dim_company", "dim_loan_product", "dim_branch", "dim_risk_rating",
                                          "fact_loan_payments", "fact_loan_originations", "fact_credit_risk_snapshots"};
// SQLite's default page cache, and the loader's bound on the cache it grows while rows read pages back.
constexpr const char* kSqliteKeyCache = "PRAGMA cache_size = -262144";
constexpr const char* kSqliteDefaultCache = "PRAGMA cache_size = -2000";
const std::string kKeyOutOfRowOrder = "fact_credit_risk_snapshots";  // by date, then loan

[[noreturn]] void fail(const std::string& what)
{
    std::fprintf(stderr, "seed_restore_bench: %s\n", what.c_str());
    std::exit(1);
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void shell(const std::string& command)
{
    if (bench::runShell(command) != 0)
        fail("failed: " + command);
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// A number after "key": in dbx's JSON.
double jsonNumber(const std::string& json, const std::string& key)
{
    const std::size_t at = json.find("\"" + key + "\": ");
    if (at == std::string::npos)
        fail("no " + key + " in dbx's output: " + json);
    return std::stod(json.substr(at + key.size() + 4));
}

struct Ours {
    double seconds = 0;  // the run's own clock (dbx seed --json)
    double verifying = 0;  // of which putting back and verifying the constraints (what the reference does not do)
    double wall = 0;     // the process, planning included
    double peakMiB = 0;
    long long rows = 0;
};

// The demo profile, or for scales its rating codes cannot reach, a copy with four-digit codes.
std::string profileFor(int scale, const std::string& scratch)
{
    if (scale <= 10)
        return kDemoProfile;
    std::string text = readFile(kDemoProfile);
    const std::string codes = "pattern: \"G{seq:02}\"";
    const std::size_t at = text.find(codes);
    if (at == std::string::npos)
        fail("the demo profile no longer writes rating codes as " + codes);
    text.replace(at, codes.size(), "pattern: \"{seq:04}\"");
    const std::string path = scratch + "/loan_risk.yml";
    std::ofstream(path) << text;
    return path;
}

// Creates the schema with dbx apply, then seeds it with dbx seed as a process of its own.
Ours seedWithDbx(const std::string& url, int scale, const std::string& scratch)
{
    shell(std::string(SS_DBX_PATH) + " apply --target " + kSpec + " --db '" + url + "' >/dev/null");
    const std::string json = scratch + "/seed.json";
    const std::string time = scratch + "/seed.time";
    shell("/usr/bin/time -f '%e %M' -o " + time + " " + SS_DBX_PATH + " seed --spec " + kSpec + " --profile " + profileFor(scale, scratch) + " --scale " +
          std::to_string(scale) + " --db '" + url + "' --json > " + json + " 2>/dev/null");
    Ours out;
    const std::string result = readFile(json);
    out.seconds = jsonNumber(result, "seconds");
    out.rows = static_cast<long long>(jsonNumber(result, "rows"));
    for (std::size_t at = result.find("\"constraint_seconds\": "); at != std::string::npos;
         at = result.find("\"constraint_seconds\": ", at + 1))
        out.verifying += std::stod(result.substr(at + 22));
    std::istringstream measured(readFile(time));
    double kib = 0;
    measured >> out.wall >> kib;
    out.peakMiB = kib / 1024;
    return out;
}

void check(sqlite3* db, int rc, const std::string& what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        fail(what + ": " + sqlite3_errmsg(db));
}

// The CREATE INDEX statements of a table, as the schema holds them.
std::vector<std::string> sqliteIndexes(sqlite3* db, const std::string& table)
{
    sqlite3_stmt* query = nullptr;
    check(db, sqlite3_prepare_v2(db, "SELECT sql FROM main.sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", -1, &query,
                                 nullptr),
          "reading the indexes");
    sqlite3_bind_text(query, 1, table.c_str(), -1, SQLITE_TRANSIENT);
    std::vector<std::string> out;
    while (sqlite3_step(query) == SQLITE_ROW)
        out.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(query, 0)));
    sqlite3_finalize(query);
    return out;
}

double sqliteReference(const std::string& seeded, const std::string& scratch)
{
    const std::string path = scratch + "/reference.db";
    shell(std::string(SS_DBX_PATH) + " apply --target " + kSpec + " --db 'sqlite://" + path + "' >/dev/null");
    sqlite3* db = nullptr;
    check(db, sqlite3_open(path.c_str(), &db), "open");
    std::vector<std::vector<std::string>> indexes;
    for (const std::string& table : kTables) {
        indexes.push_back(sqliteIndexes(db, table));
        sqlite3_stmt* names = nullptr;
        check(db, sqlite3_prepare_v2(db, "SELECT name FROM main.sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", -1, &names,
                                     nullptr),
              "reading the indexes");
        sqlite3_bind_text(names, 1, table.c_str(), -1, SQLITE_TRANSIENT);
        std::vector<std::string> drops;
        while (sqlite3_step(names) == SQLITE_ROW)
            drops.push_back(std::string("DROP INDEX \"") + reinterpret_cast<const char*>(sqlite3_column_text(names, 0)) + "\"");
        sqlite3_finalize(names);
        for (const std::string& drop : drops)
            check(db, sqlite3_exec(db, drop.c_str(), nullptr, nullptr, nullptr), drop);
    }
    check(db, sqlite3_exec(db, ("ATTACH '" + seeded + "' AS src").c_str(), nullptr, nullptr, nullptr), "attach");
    check(db, sqlite3_exec(db, "PRAGMA synchronous = OFF", nullptr, nullptr, nullptr), "pragma");
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t t = 0; t < kTables.size(); ++t) {
        // WHERE 1 keeps SQLite from copying the pages of the source table as they are: every row is inserted.
        std::string sql = std::string("BEGIN;") + (kTables[t] == kKeyOutOfRowOrder ? kSqliteKeyCache : kSqliteDefaultCache) +
                          "; INSERT INTO main.\"" + kTables[t] + "\" SELECT * FROM src.\"" + kTables[t] + "\" WHERE 1;" +
                          kSqliteDefaultCache + ";";
        for (const std::string& index : indexes[t])
            sql += index + ";";
        sql += "COMMIT";
        check(db, sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), "restoring " + kTables[t]);
    }
    const double seconds = secondsSince(start);
    sqlite3_close(db);
    return seconds;
}

double postgresReference(const bench::ThrowawayPostgres& server, const std::string& scratch)
{
    const std::string dump = scratch + "/dump";
    shell("pg_dump -Fd -f " + dump + " --exclude-table='dbx_*' " + server.clientArgs() + " restore_dbx");
    if (std::string error = server.recreateDatabase("restore_ref"); !error.empty())
        fail(error);
    const std::string restore = "pg_restore " + server.clientArgs() + " -d restore_ref ";
    shell(restore + "--section=pre-data " + dump);
    const auto start = std::chrono::steady_clock::now();
    shell(restore + "-j 2 --section=data " + dump);
    shell(restore + "-j 2 --section=post-data " + dump);
    shell("psql -q -X " + server.clientArgs() + " -d restore_ref -c ANALYZE");
    return secondsSince(start);
}

// The demo's spec without what a restore adds after the rows: secondary indexes, unique and foreign keys.
ss::SchemaModel bare(ss::SchemaModel model)
{
    for (ss::Table& table : model.tables) {
        table.indexes.clear();
        table.uniques.clear();
        table.naturalKey.clear();
        table.foreignKeys.clear();
    }
    model.views.clear();
    return model;
}

void run(ss::DatabaseConnection& connection, const std::string& sql)
{
    QSqlQuery query(connection.db());
    if (!query.exec(QString::fromStdString(sql)))
        fail(sql + ": " + query.lastError().text().toStdString());
}

double mariadbReference(const std::string& serverUrl, const std::string& scratch)
{
    const QUrl url(QString::fromStdString(serverUrl));
    const std::string client = "mariadb -h " + url.host().toStdString() + " -P " + std::to_string(url.port(3306)) + " -u " +
                               url.userName().toStdString();
    shell(client + " -e 'DROP DATABASE IF EXISTS restore_ref; CREATE DATABASE restore_ref'");
    // The server writes the files: a folder it may write into.
    const std::string files = scratch + "/tables";
    shell("mkdir -p " + files + " && chmod 0777 " + scratch + " " + files);
    for (const std::string& table : kTables)
        shell(client + " restore_dbx -e \"SELECT * FROM \\`" + table + "\\` INTO OUTFILE '" + files + "/" + table + ".txt'\"");
    ss::LoadResult spec = ss::loadSchemaFile(kSpec);
    if (!spec.ok())
        fail("the demo's spec does not load");
    const ss::SchemaModel without = bare(spec.model);
    const auto renderer = ss::makeRenderer(ss::Dialect::MySql);
    ss::DatabaseConnection connection;
    const std::string refUrl = serverUrl.substr(0, serverUrl.rfind('/')) + "/restore_ref";
    if (std::string error = ss::openDatabase(connection, refUrl); !error.empty())
        fail(error);
    for (const ss::Statement& statement : renderer->render(ss::diff(ss::SchemaModel{}, without)).statements)
        run(connection, statement.sql);
    const std::vector<ss::Statement> after = renderer->render(ss::diff(without, spec.model)).statements;
    const auto start = std::chrono::steady_clock::now();
    run(connection, "SET SESSION foreign_key_checks = 0, SESSION unique_checks = 0");
    for (const std::string& table : kTables)
        run(connection, "LOAD DATA LOCAL INFILE '" + files + "/" + table + ".txt' INTO TABLE `" + table + "` CHARACTER SET utf8mb4");
    for (const ss::Statement& statement : after)
        if (statement.sql.rfind("CREATE VIEW", 0) != 0)
            run(connection, statement.sql);
    return secondsSince(start);
}

struct Run {
    Ours ours;
    double reference = 0;
    double ratio() const { return reference / ours.seconds; }
};

// Each run, then the median ratio: the machine's speed drifts by up to 20% within minutes, on both sides alike.
void report(const std::string& dialect, int scale, std::vector<Run> runs, const std::string& how)
{
    std::printf("%s, demo x%d (%lld rows), %zu run(s), ours then the reference each time\n", dialect.c_str(), scale, runs.front().ours.rows,
                runs.size());
    for (const Run& run : runs) {
        const Ours& ours = run.ours;
        std::printf("  reference, %s: %.2f s = %.0f rows/s\n", how.c_str(), run.reference, static_cast<double>(ours.rows) / run.reference);
        std::printf("  dbx seed: %.2f s = %.0f rows/s (process %.2f s, peak resident %.1f MiB); of it, constraints put back and verified: "
                    "%.2f s\n",
                    ours.seconds, static_cast<double>(ours.rows) / ours.seconds, ours.wall, ours.peakMiB, ours.verifying);
        std::printf("  ratio: %.2fx the reference's rate\n", run.ratio());
    }
    std::sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) { return a.ratio() < b.ratio(); });
    std::printf("  median ratio: %.2fx (target >= 0.8x)\n", runs[runs.size() / 2].ratio());
}

}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3 && argc != 4)
        fail("usage: seed_restore_bench sqlite|postgresql|mariadb SCALE [RUNS]");
    const std::string dialect = argv[1];
    const int scale = std::atoi(argv[2]);
    const int count = argc == 4 ? std::max(1, std::atoi(argv[3])) : 1;
    QTemporaryDir scratchDir(QDir::tempPath() + "/seed-restore-XXXXXX");
    std::vector<Run> runs;
    if (dialect == "sqlite") {
        for (int i = 0; i < count; ++i) {
            const std::string scratch = scratchDir.path().toStdString() + "/run" + std::to_string(i);
            QDir().mkpath(QString::fromStdString(scratch));
            const std::string seeded = scratch + "/seeded.db";
            Run run{seedWithDbx("sqlite://" + seeded, scale, scratch)};
            run.reference = sqliteReference(seeded, scratch);
            runs.push_back(run);
        }
        report("SQLite", scale, runs, "INSERT ... SELECT into bare tables, then the indexes");
    } else if (dialect == "postgresql") {
        bench::ThrowawayPostgres server;
        if (!server.ok())
            fail(server.error());
        for (int i = 0; i < count; ++i) {
            const std::string scratch = scratchDir.path().toStdString() + "/run" + std::to_string(i);
            QDir().mkpath(QString::fromStdString(scratch));
            if (std::string error = server.recreateDatabase("restore_dbx"); !error.empty())
                fail(error);
            Run run{seedWithDbx(server.url("restore_dbx"), scale, scratch)};
            run.reference = postgresReference(server, scratch);
            runs.push_back(run);
        }
        report("PostgreSQL", scale, runs, "pg_restore -j 2 data + post-data, then ANALYZE");
    } else if (dialect == "mariadb") {
        bench::ThrowawayServer server("mariadb.sh", "SS_TEST_MYSQL_URL");
        if (!server.error().empty())
            fail(server.error());
        const QUrl url(QString::fromStdString(server.url()));
        // The server, another user, writes the tables' files into each run's folder.
        shell("chmod 0777 " + scratchDir.path().toStdString());
        for (int i = 0; i < count; ++i) {
            const std::string scratch = scratchDir.path().toStdString() + "/run" + std::to_string(i);
            QDir().mkpath(QString::fromStdString(scratch));
            shell("mariadb -h " + url.host().toStdString() + " -P " + std::to_string(url.port(3306)) + " -u " + url.userName().toStdString() +
                  " -e 'DROP DATABASE IF EXISTS restore_dbx; CREATE DATABASE restore_dbx'");
            const std::string dbx = server.url().substr(0, server.url().rfind('/')) + "/restore_dbx";
            Run run{seedWithDbx(dbx, scale, scratch)};
            run.reference = mariadbReference(server.url(), scratch);
            runs.push_back(run);
        }
        report("MariaDB", scale, runs, "LOAD DATA with checks off, then the indexes and keys");
    } else {
        fail("unknown dialect " + dialect);
    }
    return 0;
}
