// Seeding PostgreSQL tables that have their keys: pgbench's four tables at scale 10 with the primary and foreign
// keys pgbench adds, created from a spec and seeded by dbx (drop, create through the apply engine, generate, COPY
// with the keys set aside and put back, ANALYZE), beside `pgbench -i -s 10 -I dtgvpf` (drop, create, generate,
// vacuum, primary keys, foreign keys) on the same throwaway server, alternating, median of 3 each.
#include "support/pgbench_tables.h"
#include "support/throwaway_postgres.h"

#include "core/db/database_connection.h"
#include "core/db/schema_setup.h"
#include "core/seed/load/seed_run.h"
#include "core/seed/profile_reader.h"
#include "core/spec/yaml_loader.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {

[[noreturn]] void fail(const std::string& what)
{
    std::fprintf(stderr, "seed_postgres_keys_bench: %s\n", what.c_str());
    std::exit(1);
}

double seconds(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> xs)
{
    std::sort(xs.begin(), xs.end());
    return xs[xs.size() / 2];
}

struct SeedTimes {
    double total = 0;
    double create = 0;  // dropping and creating the tables
    ss::seed::SeedRunResult run;
};

// Drops the tables, creates them with their keys from the spec and seeds them: the work `-I dtgvpf` does.
SeedTimes seedRun(const std::string& url, const ss::SchemaModel& model, const ss::seed::SeedPlan& plan)
{
    ss::DatabaseConnection connection;
    if (std::string error = ss::openDatabase(connection, url); !error.empty())
        fail(error);
    const auto start = std::chrono::steady_clock::now();
    QSqlQuery drop(connection.db());
    if (!drop.exec("DROP TABLE IF EXISTS pgbench_accounts, pgbench_branches, pgbench_history, pgbench_tellers CASCADE"))
        fail("DROP TABLE failed");
    if (const ss::SchemaSetupResult created = ss::createMissingSchema(connection, model, "pgbench.yml"); !created.ok())
        fail(created.error);
    const double create = seconds(start);
    ss::seed::LoadOptions options;
    options.openConnection = [&url](ss::DatabaseConnection& more) { return ss::openDatabase(more, url); };
    SeedTimes out;
    out.run = ss::seed::seedDatabase(connection, plan, options);
    if (!out.run.ok())
        fail(out.run.detail);
    out.total = seconds(start);
    out.create = create;
    return out;
}

double pgbenchRun(const bench::ThrowawayPostgres& server, const std::string& database)
{
    const auto start = std::chrono::steady_clock::now();
    if (bench::runShell("pgbench -i -s 10 -I dtgvpf -q " + server.clientArgs() + " " + database + " >/dev/null 2>&1") != 0)
        fail("pgbench -i failed (is pgbench installed? Debian: postgresql-client / postgresql)");
    return seconds(start);
}

}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    bench::ThrowawayPostgres server;
    if (!server.ok())
        fail(server.error());
    for (const char* database : {"seed_keys_ref", "seed_keys_dbx"})
        if (std::string error = server.recreateDatabase(database); !error.empty())
            fail(error);
    const ss::LoadResult spec = ss::loadSchemaYaml(bench::pgbenchSpec(true));
    const ss::seed::ProfileLoadResult profile = ss::seed::loadSeedProfileYaml(bench::pgbenchProfile(true));
    if (!spec.ok() || !profile.ok())
        fail("the benchmark's spec or profile does not load");
    const ss::seed::PlanResult planned = ss::seed::planSeeding(spec.model, profile.profile);
    if (!planned.ok())
        fail("the benchmark's profile does not plan");

    std::vector<double> reference;
    std::vector<double> ours;
    SeedTimes last;
    for (int run = 0; run < 3; ++run) {
        reference.push_back(pgbenchRun(server, "seed_keys_ref"));
        last = seedRun(server.url("seed_keys_dbx"), spec.model, planned.plan);
        ours.push_back(last.total);
    }
    const double ref = median(reference);
    const double seed = median(ours);
    std::printf("reference: pgbench -i -s 10 -I dtgvpf (1,000,110 rows, primary and foreign keys): %.3f s (median of 3)\n", ref);
    std::printf("dbx: drop + create with keys + generate + COPY with keys set aside and put back + ANALYZE: %.3f s (median of 3) = "
                "%.2fx pgbench's time (target <= 1.0x)\n",
                seed, seed / ref);
    for (const ss::seed::TableLoadResult& table : last.run.tables)
        std::printf("  last run, %s: %.3f s (rows %.3f s, keys and indexes %.3f s, foreign keys %.3f s)\n", table.name.c_str(), table.seconds,
                    table.loadSeconds, table.indexSeconds, table.constraintSeconds);
    std::printf("  last run: drop + create %.3f s, seeding %.3f s on %zu connections, statistics %.3f s of it (partly beside the loads)\n",
                last.create, last.run.seconds, last.run.lanes, last.run.analyzeSeconds);
    return 0;
}
