// Inspect a live PostgreSQL schema beside `pg_dump --schema-only` of the same database, in the same run:
// Zabbix 6.0's schema (173 tables, 226 foreign keys; Debian package zabbix-server-pgsql) and a generated
// 2,000-table x 21-column star schema.
#include "support/spec_generator.h"
#include "support/throwaway_postgres.h"

#include "core/db/inspect/inspector.h"
#include "core/db/snapshot_cache.h"
#include "core/plan/plan.h"
#include "core/spec/yaml_loader.h"
#include "core/sql/migration.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <filesystem>

namespace {

constexpr const char* kZabbixSchema = "/usr/share/zabbix-server-pgsql/schema.sql.gz";

struct Counts {
    std::size_t tables = 0;
    std::size_t foreignKeys = 0;
};

ss::InspectResult inspect(const std::string& url, ss::SnapshotCache* cache)
{
    ss::DatabaseConnection connection;
    if (std::string error = ss::openDatabase(connection, url); !error.empty()) {
        ss::InspectResult failed;
        failed.error = error;
        return failed;
    }
    ss::InspectOptions options;
    options.cache = cache;
    return ss::inspectDatabase(connection, options);
}

std::string createGenerated(const std::string& url, int tables)
{
    bench::GeneratedSpecShape shape;
    shape.tables = tables;
    const ss::LoadResult spec = ss::loadSchemaYaml(bench::generateSpec(shape));
    if (!spec.ok())
        return "the generated spec does not load";
    const ss::Migration migration = ss::renderMigration(ss::diff({}, spec.model), ss::Dialect::PostgreSql);
    ss::DatabaseConnection connection;
    if (std::string error = ss::openDatabase(connection, url); !error.empty())
        return error;
    connection.db().transaction();
    for (const auto& statement : migration.statements) {
        QSqlQuery q(connection.db());
        if (!q.exec(QString::fromStdString(statement.sql)))
            return statement.sql + ": " + q.lastError().text().toStdString();
    }
    connection.db().commit();
    return {};
}

// Times one database both ways and prints a block of figures; false when something failed.
bool measure(const bench::ThrowawayPostgres& server, const std::string& database, int runs)
{
    const std::string url = server.url(database);
    const ss::InspectResult once = inspect(url, nullptr);
    if (!once.ok()) {
        std::fprintf(stderr, "inspect failed: %s\n", once.error.c_str());
        return false;
    }
    Counts counts;
    counts.tables = once.model.tables.size();
    for (const auto& t : once.model.tables)
        counts.foreignKeys += t.foreignKeys.size();

    const std::string dir = std::filesystem::temp_directory_path().string();
    const std::string dump = "pg_dump --schema-only " + server.clientArgs() + " -f " + dir + "/ss_bench_dump.sql " + database;
    const std::string dbx = std::string(SS_DBX_PATH) + " inspect --no-cache --db " + url + " --out " + dir +
                            "/ss_bench_inspect.yml 2>/dev/null";
    bool ok = true;
    const double pgDump = bench::medianSeconds(runs, [&] { ok = ok && bench::runShell(dump) == 0; });
    const double dbxProcess = bench::medianSeconds(runs, [&] { ok = ok && bench::runShell(dbx) == 0; });
    const double library = bench::medianSeconds(runs, [&] { ok = ok && inspect(url, nullptr).ok(); });
    ss::SnapshotCache cache;
    inspect(url, &cache);
    const double cached = bench::medianSeconds(runs, [&] { ok = ok && inspect(url, &cache).fromCache; });
    if (!ok) {
        std::fprintf(stderr, "a timed run failed\n");
        return false;
    }
    std::printf("%s: %zu tables, %zu foreign keys (median of %d runs)\n", database.c_str(), counts.tables,
                counts.foreignKeys, runs);
    std::printf("  pg_dump --schema-only (reference)        %.3f s\n", pgDump);
    std::printf("  dbx inspect --out FILE (process)          %.3f s  = %.2fx pg_dump\n", dbxProcess, dbxProcess / pgDump);
    std::printf("  inspectDatabase (connect + read + model)  %.3f s  = %.2fx pg_dump\n", library, library / pgDump);
    std::printf("  inspectDatabase, unchanged (cache hit)    %.3f s\n", cached);
    return true;
}

}  // namespace

int main()
{
    if (!std::filesystem::exists(kZabbixSchema)) {
        std::fprintf(stderr, "%s is missing: install the Debian package zabbix-server-pgsql "
                             "(packaging/install-deps.sh --bench)\n", kZabbixSchema);
        return 1;
    }
    bench::ThrowawayPostgres server;
    if (!server.ok()) {
        std::fprintf(stderr, "%s\n", server.error().c_str());
        return 1;
    }
    if (std::string e = server.recreateDatabase("bench_zabbix"); !e.empty()) {
        std::fprintf(stderr, "%s\n", e.c_str());
        return 1;
    }
    if (bench::runShell("gzip -dc " + std::string(kZabbixSchema) + " | psql -q -X -v ON_ERROR_STOP=1 " + server.clientArgs() +
                        " -d bench_zabbix >/dev/null") != 0) {
        std::fprintf(stderr, "loading %s failed\n", kZabbixSchema);
        return 1;
    }
    if (!measure(server, "bench_zabbix", 9))
        return 1;

    if (std::string e = server.recreateDatabase("bench_generated"); !e.empty()) {
        std::fprintf(stderr, "%s\n", e.c_str());
        return 1;
    }
    if (std::string e = createGenerated(server.url("bench_generated"), 2000); !e.empty()) {
        std::fprintf(stderr, "creating the 2,000-table schema failed: %s\n", e.c_str());
        return 1;
    }
    return measure(server, "bench_generated", 5) ? 0 : 1;
}
