#include "support/duckdb_required.h"
#include "unit/plan/plan_test_support.h"

#include "core/db/database_connection.h"
#include "core/db/sql_exec.h"
#include "core/plan/plan.h"
#include "core/sql/migration.h"

#include <QTemporaryDir>

using namespace ss;

namespace {

std::string exec(DatabaseConnection& connection, const std::string& sql)
{
    QSqlQuery query(connection.db());
    return execBound(query, QString::fromStdString(sql), {}, sql);
}

// Runs the migration as apply would: its statements inside one transaction.
std::string runMigration(DatabaseConnection& connection, const Plan& plan)
{
    const Migration m = renderMigration(plan, Dialect::DuckDb);
    REQUIRE(m.transactional);
    REQUIRE(connection.db().transaction());
    for (const auto& st : m.statements)
        if (std::string e = exec(connection, st.sql); !e.empty()) {
            connection.db().rollback();
            return e;
        }
    return connection.db().commit() ? std::string() : "commit failed";
}

std::vector<std::string> column(DatabaseConnection& connection, const std::string& sql)
{
    QSqlQuery query(connection.db());
    REQUIRE(execBound(query, QString::fromStdString(sql), {}, sql) == "");
    std::vector<std::string> out;
    while (query.next())
        out.push_back(query.isNull(0) ? "NULL" : query.value(0).toString().toStdString());
    return out;
}

}  // namespace

TEST_CASE("the DuckDB golden migrations run on a real DuckDB file", "[duckdb][sql]")
{
    if (!duckDbAvailableForTest())
        return;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    DatabaseConnection connection;
    OpenOptions options;
    options.createFile = true;
    REQUIRE(openDatabase(connection, "duckdb://" + dir.filePath("demo.duckdb").toStdString(), {}, options) == "");

    SECTION("the demo from nothing, with its rows' keys drawn from sequences")
    {
        const SchemaModel demo = loadTestSpec("schema_specs/loan_risk.yml");
        REQUIRE(runMigration(connection, diff(SchemaModel{}, demo)) == "");
        const auto tables = column(connection, "SELECT table_name FROM duckdb_tables() ORDER BY table_name");
        CHECK(tables.size() == demo.tables.size());
        const auto views = column(connection, "SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1");
        CHECK(views.size() == demo.views.size());
    }

    SECTION("every operation kind, from the current spec to the target, in one transaction")
    {
        const SchemaModel current = loadTestSpec("tests/unit/plan/golden/every_kind/current.yml");
        const SchemaModel target = loadTestSpec("tests/unit/plan/golden/every_kind/target.yml");
        REQUIRE(runMigration(connection, diff(SchemaModel{}, current)) == "");
        REQUIRE(runMigration(connection, diff(current, target)) == "");
        const auto tables = column(connection, "SELECT table_name FROM duckdb_tables() ORDER BY table_name");
        CHECK(tables.size() == target.tables.size());
    }

    SECTION("the demo's evolution from its current state")
    {
        REQUIRE(runMigration(connection, diff(SchemaModel{}, loadTestSpec("schema_specs/current.yml"))) == "");
        REQUIRE(runMigration(connection, diff(loadTestSpec("schema_specs/current.yml"),
                                              loadTestSpec("schema_specs/loan_risk.yml"))) == "");
    }
}
