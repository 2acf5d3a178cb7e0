// Seeding PostgreSQL: pgbench's own tables at scale 10 (1M accounts, 100 tellers, 10 branches) generated and loaded
// through COPY by the seed loader, beside `pgbench -i -s 10 -I dtg` (drop, create, client-side generate) on the
// same throwaway server. Both start from nothing: the seed side times dropping and creating the tables too.
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
    std::fprintf(stderr, "seed_postgres_bench: %s\n", what.c_str());
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

// Drops the tables, creates them from the spec and seeds them: the work `-I dtg` does.
double seedRun(const std::string& url, const ss::SchemaModel& model, const ss::seed::SeedPlan& plan)
{
    ss::DatabaseConnection connection;
    if (std::string error = ss::openDatabase(connection, url); !error.empty())
        fail(error);
    const auto start = std::chrono::steady_clock::now();
    QSqlQuery drop(connection.db());
    if (!drop.exec("DROP TABLE IF EXISTS pgbench_accounts, pgbench_branches, pgbench_history, pgbench_tellers"))
        fail("DROP TABLE failed");
    if (const ss::SchemaSetupResult created = ss::createMissingSchema(connection, model, "pgbench.yml"); !created.ok())
        fail(created.error);
    const ss::seed::SeedRunResult result = ss::seed::seedDatabase(connection, plan, {});
    if (!result.ok())
        fail(result.detail);
    return seconds(start);
}

double pgbenchRun(const bench::ThrowawayPostgres& server, const std::string& database)
{
    const auto start = std::chrono::steady_clock::now();
    if (bench::runShell("pgbench -i -s 10 -I dtg -q " + server.clientArgs() + " " + database + " >/dev/null 2>&1") != 0)
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
    for (const char* database : {"seed_pgbench_ref", "seed_pgbench_dbx"})
        if (std::string error = server.recreateDatabase(database); !error.empty())
            fail(error);
    const ss::LoadResult spec = ss::loadSchemaYaml(bench::pgbenchSpec(false));
    const ss::seed::ProfileLoadResult profile = ss::seed::loadSeedProfileYaml(bench::pgbenchProfile(false));
    if (!spec.ok() || !profile.ok())
        fail("the benchmark's spec or profile does not load");
    const ss::seed::PlanResult planned = ss::seed::planSeeding(spec.model, profile.profile);
    if (!planned.ok())
        fail("the benchmark's profile does not plan");

    std::vector<double> reference;
    std::vector<double> ours;
    for (int run = 0; run < 3; ++run) {
        reference.push_back(pgbenchRun(server, "seed_pgbench_ref"));
        ours.push_back(seedRun(server.url("seed_pgbench_dbx"), spec.model, planned.plan));
    }
    const double ref = median(reference);
    const double seed = median(ours);
    std::printf("reference: pgbench -i -s 10 -I dtg (1,000,110 rows): %.3f s (median of 3)\n", ref);
    std::printf("dbx seed loader, drop + create + generate + COPY of the same tables: %.3f s (median of 3) = %.2fx "
                "pgbench's time (target <= 1.0x)\n",
                seed, seed / ref);
    return 0;
}
