// --replace's emptying of the run's tables on the file dialects: a cycle of foreign keys (SQLite) and the demo's
// star (DuckDB, which checks keys against what its transaction began with) emptied with every key valid at each
// step, and a failure part way leaving everything as it was, saying so.
#include "core/seed/load/table_emptying.h"

#include "support/cycle_spec.h"
#include "support/duckdb_required.h"
#include "support/seed_load_support.h"

using namespace seedload;

namespace {

void emptiesEverything(const char* scheme, const ss::SchemaModel& model, double scale)
{
    const ss::seed::SeedPlan plan = planOf(model, scale);
    ScratchFile db(scheme, "empty.db");
    seedAndCheck(db.connection, model, plan);
    if (std::string(scheme) == "sqlite")
        REQUIRE(db.connection.db().exec("PRAGMA foreign_keys = ON").lastError().type() == QSqlError::NoError);
    const std::string error = ss::seed::emptyRunTables(db.connection, plan);
    INFO(error);
    CHECK(error.empty());
    for (const ss::seed::PlannedTable& table : plan.tables)
        CHECK(countRows(db.connection, table.name) == 0);
}

}  // namespace

TEST_CASE("emptying the run's tables breaks a cycle of foreign keys at its deferred key and deletes children first", "[seed][load]")
{
    SECTION("SQLite, foreign keys enforced") { emptiesEverything("sqlite", specText(testspec::cycleSpec(true)), 1); }
    SECTION("DuckDB, a table at a time")
    {
        if (duckDbAvailableForTest())
            emptiesEverything("duckdb", specFile("schema_specs/current.yml"), 0.1);
    }
}

TEST_CASE("a table that cannot be emptied fails the emptying, names it and leaves every table's rows", "[seed][load]")
{
    const ss::SchemaModel model = specText(testspec::cycleSpec(true));
    ss::seed::SeedPlan plan = planOf(model);
    ScratchFile db("sqlite", "empty.db");
    seedAndCheck(db.connection, model, plan);
    ss::seed::PlannedTable missing = plan.tables.front();
    missing.name = "no_such_table";
    missing.columns.clear();
    plan.tables.insert(plan.tables.begin(), missing);
    const std::string error = ss::seed::emptyRunTables(db.connection, plan);
    INFO(error);
    CHECK(error.find("emptying no_such_table") != std::string::npos);
    CHECK(error.find("nothing was changed") != std::string::npos);
    for (std::size_t i = 1; i < plan.tables.size(); ++i)
        CHECK(countRows(db.connection, plan.tables[i].name) == plan.tables[i].rows);
}
