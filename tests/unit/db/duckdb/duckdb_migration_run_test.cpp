#include "support/duckdb_required.h"
#include "unit/plan/plan_test_support.h"

#include "core/plan/plan.h"
#include "core/sql/migration.h"

#include <QTemporaryDir>

using namespace ss;

namespace {

// Runs the migration as apply would: its statements inside one transaction.
std::string runMigration(DuckDbSession& session, const Plan& plan)
{
    const Migration m = renderMigration(plan, Dialect::DuckDb);
    REQUIRE(m.transactional);
    if (std::string e = session.execute("BEGIN TRANSACTION", "begin"); !e.empty())
        return e;
    for (const auto& st : m.statements)
        if (std::string e = session.execute(st.sql, st.sql); !e.empty()) {
            session.execute("ROLLBACK", "rollback");
            return e;
        }
    return session.execute("COMMIT", "commit");
}

std::vector<std::string> column(DuckDbSession& session, const std::string& sql)
{
    std::vector<DuckDbSession::Row> rows;
    REQUIRE(session.query(sql, sql, rows).empty());
    std::vector<std::string> out;
    for (const auto& r : rows)
        out.push_back(r.at(0).value_or("NULL"));
    return out;
}

}  // namespace

TEST_CASE("the DuckDB golden migrations run on a real DuckDB file", "[duckdb][sql]")
{
    if (!duckDbAvailableForTest())
        return;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    DuckDbSession session;
    REQUIRE(session.open(dir.filePath("demo.duckdb").toStdString()).empty());

    SECTION("the demo from nothing, with its rows' keys drawn from sequences")
    {
        const SchemaModel demo = loadTestSpec("schema_specs/loan_risk.yml");
        REQUIRE(runMigration(session, diff(SchemaModel{}, demo)) == "");
        const auto tables = column(session, "SELECT table_name FROM duckdb_tables() ORDER BY table_name");
        CHECK(tables.size() == demo.tables.size());
        const auto views = column(session, "SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1");
        CHECK(views.size() == demo.views.size());
    }

    SECTION("every operation kind, from the current spec to the target, in one transaction")
    {
        const SchemaModel current = loadTestSpec("tests/unit/plan/golden/every_kind/current.yml");
        const SchemaModel target = loadTestSpec("tests/unit/plan/golden/every_kind/target.yml");
        REQUIRE(runMigration(session, diff(SchemaModel{}, current)) == "");
        REQUIRE(runMigration(session, diff(current, target)) == "");
        const auto tables = column(session, "SELECT table_name FROM duckdb_tables() ORDER BY table_name");
        CHECK(tables.size() == target.tables.size());
    }

    SECTION("the demo's evolution from its current state")
    {
        REQUIRE(runMigration(session, diff(SchemaModel{}, loadTestSpec("schema_specs/current.yml"))) == "");
        REQUIRE(runMigration(session, diff(loadTestSpec("schema_specs/current.yml"),
                                           loadTestSpec("schema_specs/loan_risk.yml"))) == "");
    }
}
