#include "support/seed_fact.h"

#include "core/db/database_connection.h"
#include "core/db/schema_setup.h"
#include "core/seed/profile_reader.h"
#include "core/spec/yaml_loader.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace bench {

namespace {

const char* kSpec = "version: 1\n"
                    "entities:\n"
                    "  dimensions:\n"
                    "    - name: dim_date\n"
                    "      surrogate_key: date_key\n"
                    "      natural_key: full_date\n"
                    "      columns:\n"
                    "        - {name: full_date, type: DATE, nullable: false}\n"
                    "    - name: dim_customer\n"
                    "      surrogate_key: customer_key\n"
                    "      natural_key: customer_code\n"
                    "      columns:\n"
                    "        - {name: customer_code, type: VARCHAR(20), nullable: false}\n"
                    "  facts:\n"
                    "    - name: fact_sale\n"
                    "      primary_key: [order_id]\n"
                    "      foreign_keys:\n"
                    "        - {column: date_key, references: dim_date(date_key)}\n"
                    "        - {column: customer_key, references: dim_customer(customer_key)}\n"
                    "      columns:\n"
                    "        - {name: order_id, type: VARCHAR(20), nullable: false}\n"
                    "        - {name: sold_on, type: DATE, nullable: false}\n"
                    "      measures:\n"
                    "        - {name: amount, type: \"DECIMAL(12,2)\", nullable: false}\n"
                    "        - {name: quantity, type: INTEGER, nullable: false}\n";

std::string profile(long long factRows)
{
    return "version: 1\n"
           "tables:\n"
           "  dim_customer: {rows: 10000}\n"
           "  fact_sale:\n"
           "    rows: " + std::to_string(factRows) + "\n"
           "    columns:\n"
           "      customer_key: {generator: reference, distribution: zipf, s: 1.1}\n"
           "      date_key: {generator: reference, distribution: uniform}\n"
           "      order_id: {generator: pattern, pattern: \"ORD-{seq:010}\", unique: true}\n"
           "      sold_on: {generator: date, start: 2020-01-01, end: 2025-12-31, trend: 0.5}\n"
           "      amount: {generator: lognormal, median: 80, sigma: 1.1, min: 0}\n"
           "      quantity: {generator: poisson, mean: 3, min: 1}\n";
}

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "the benchmark's %s does not load or plan\n", what);
    std::exit(1);
}

}  // namespace

const ss::SchemaModel& factModel()
{
    static const ss::SchemaModel model = [] {
        ss::LoadResult spec = ss::loadSchemaYaml(kSpec);
        if (!spec.ok())
            fail("spec");
        return std::move(spec.model);
    }();
    return model;
}

ss::seed::SeedPlan makeFactPlan(long long factRows)
{
    const ss::seed::ProfileLoadResult p = ss::seed::loadSeedProfileYaml(profile(factRows));
    if (!p.ok())
        fail("profile");
    ss::seed::PlanResult r = ss::seed::planSeeding(factModel(), p.profile);
    if (!r.ok())
        fail("plan");
    return std::move(r.plan);
}

std::size_t factTableIndex(const ss::seed::SeedPlan& plan)
{
    for (std::size_t i = 0; i < plan.tables.size(); ++i)
        if (plan.tables[i].name == "fact_sale")
            return i;
    fail("fact table");
}

void createFactDatabase(const std::string& url)
{
    ss::DatabaseConnection connection;
    ss::OpenOptions open;
    open.createFile = true;
    std::string error = ss::openDatabase(connection, url, {}, open);
    if (error.empty())
        error = ss::createMissingSchema(connection, factModel(), "seed_fact.yml").error;
    if (!error.empty()) {
        std::fprintf(stderr, "creating the benchmark's database %s failed: %s\n", url.c_str(), error.c_str());
        std::exit(1);
    }
}

ss::seed::SeedRunResult seedNewDatabase(const ss::seed::SeedPlan& plan, const std::string& url)
{
    createFactDatabase(url);
    return seedDatabaseAt(plan, url);
}

ss::seed::SeedRunResult seedDatabaseAt(const ss::seed::SeedPlan& plan, const std::string& url)
{
    ss::DatabaseConnection connection;
    std::string error = ss::openDatabase(connection, url);
    ss::seed::SeedRunResult result;
    if (error.empty()) {
        result = ss::seed::seedDatabase(connection, plan, ss::seed::LoadOptions{});
        error = result.ok() ? std::string() : result.detail;
    }
    if (!error.empty()) {
        std::fprintf(stderr, "seeding %s failed: %s\n", url.c_str(), error.c_str());
        std::exit(1);
    }
    return result;
}

}  // namespace bench
