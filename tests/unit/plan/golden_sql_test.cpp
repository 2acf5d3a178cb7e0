#include "unit/plan/plan_test_support.h"

#include "core/plan/plan.h"
#include "core/sql/migration.h"
#include "core/util/atomic_file.h"

#include <QtGlobal>

#include <set>

using namespace ss;

namespace {

const std::string kGolden = std::string(SS_SOURCE_DIR) + "/tests/unit/plan/golden/";

// Compares the rendered body with the golden file; SS_UPDATE_GOLDEN=1 rewrites the file instead (review the diff).
void checkGolden(const std::string& file, const std::string& actual)
{
    INFO(file);
    if (qEnvironmentVariableIsSet("SS_UPDATE_GOLDEN")) {
        REQUIRE(writeFileAtomically(file, actual).empty());
        return;
    }
    std::string expected;
    std::string error;
    REQUIRE(readWholeFile(file, expected, error, 1u << 24));
    CHECK(actual == expected);
}

}  // namespace

TEST_CASE("every operation kind renders as the golden SQL of each dialect")
{
    const SchemaModel current = loadTestSpec("tests/unit/plan/golden/every_kind/current.yml");
    const SchemaModel target = loadTestSpec("tests/unit/plan/golden/every_kind/target.yml");
    const Plan plan = diff(current, target);

    std::set<OpKind> kinds;
    for (const auto& op : plan.operations)
        kinds.insert(op.kind);
    CHECK(kinds.size() == static_cast<std::size_t>(OpKind::DropType) + 1);  // the last kind

    for (Dialect d : {Dialect::Sqlite, Dialect::PostgreSql, Dialect::MySql, Dialect::DuckDb})
        checkGolden(kGolden + "every_kind/" + toString(d) + ".sql", renderMigration(plan, d).body(plan));
}

TEST_CASE("the demo schema from nothing renders as the golden SQL of each dialect")
{
    const SchemaModel target = loadTestSpec("schema_specs/loan_risk.yml");
    const Plan plan = diff(SchemaModel{}, target);
    for (Dialect d : {Dialect::Sqlite, Dialect::PostgreSql, Dialect::MySql, Dialect::DuckDb})
        checkGolden(kGolden + "loan_risk_from_nothing/" + toString(d) + ".sql", renderMigration(plan, d).body(plan));
}

TEST_CASE("the demo's plan from its current state renders as the golden SQL of each dialect")
{
    const Plan plan = diff(loadTestSpec("schema_specs/current.yml"), loadTestSpec("schema_specs/loan_risk.yml"));
    for (Dialect d : {Dialect::Sqlite, Dialect::PostgreSql, Dialect::MySql, Dialect::DuckDb})
        checkGolden(kGolden + "loan_risk_from_current/" + toString(d) + ".sql", renderMigration(plan, d).body(plan));
}
