#include "support/duckdb_required.h"
#include "support/seed_load_support.h"

using namespace seedload;

namespace {

struct DuckDbFile : ScratchFile {
    explicit DuckDbFile(const char* name = "seed.duckdb") : ScratchFile("duckdb", name) {}
};

}  // namespace

TEST_CASE("seeding the demo schema into DuckDB through the Appender keeps every key and logs the run", "[seed][load][duckdb]")
{
    if (!duckDbAvailableForTest())
        return;
    DuckDbFile file;
    const ss::SchemaModel model = specFile("schema_specs/loan_risk.yml");
    seedAndCheck(file.connection, model, planOf(model));
}

TEST_CASE("DuckDB gets the same rows whatever the batch size", "[seed][load][duckdb]")
{
    if (!duckDbAvailableForTest())
        return;
    DuckDbFile a("a.duckdb");
    DuckDbFile b("b.duckdb");
    const ss::SchemaModel model = specFile("schema_specs/current.yml");
    checkSameRowsAcrossBatchSizes(a.connection, b.connection, model, planOf(model));
}

TEST_CASE("cancelling a DuckDB seed keeps the finished tables and rolls back the one in progress", "[seed][load][duckdb]")
{
    if (!duckDbAvailableForTest())
        return;
    DuckDbFile file;
    const ss::SchemaModel model = specFile("schema_specs/current.yml");
    const ss::seed::SeedPlan plan = planOf(model);
    std::size_t fact = 0;
    for (std::size_t i = 0; i < plan.tables.size(); ++i)
        if (plan.tables[i].name == "fact_loan_payments")
            fact = i;
    REQUIRE(fact > 0);
    cancelAndCheck(file.connection, model, plan, fact, 3000);
}
