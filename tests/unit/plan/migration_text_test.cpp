#include "unit/plan/plan_test_support.h"

#include "core/plan/spec_texts.h"
#include "core/sql/migration.h"
#include "core/sql/migration_file.h"
#include "core/util/line_diff.h"

using namespace ss;

TEST_CASE("each operation's lines in the body start at its comment and hold its statements", "[plan][sql]")
{
    const SchemaModel current = loadTestSpec("schema_specs/current.yml");
    const SchemaModel target = loadTestSpec("schema_specs/loan_risk.yml");
    const Plan plan = diff(current, target);
    REQUIRE(plan.operations.size() > 3);
    for (Dialect dialect : {Dialect::Sqlite, Dialect::PostgreSql, Dialect::MySql}) {
        INFO(toString(dialect));
        const Migration migration = renderMigration(plan, dialect);
        const MigrationText body = migration.bodyText(plan);
        CHECK(body.text == migration.body(plan));
        const std::vector<std::string_view> lines = splitLines(body.text);
        REQUIRE(body.operations.size() == plan.operations.size());
        int previousEnd = 0;
        for (std::size_t i = 0; i < body.operations.size(); ++i) {
            const LineSpan span = body.operations[i];
            INFO("operation " << i + 1);
            REQUIRE(span.first >= previousEnd);
            REQUIRE(span.end > span.first);
            REQUIRE(span.end <= static_cast<int>(lines.size()));
            CHECK(lines[static_cast<std::size_t>(span.first)].rfind("-- " + std::to_string(i + 1) + ". ", 0) == 0);
            std::string inside;
            for (int line = span.first; line < span.end; ++line) inside += std::string(lines[static_cast<std::size_t>(line)]) + "\n";
            for (const std::string& statement : migration.statementsOf(static_cast<int>(i))) {
                CHECK(inside.find(statement + ";\n") != std::string::npos);
            }
            previousEnd = span.end;
        }
    }
}

TEST_CASE("an empty plan has an empty body and no operation lines", "[plan][sql]")
{
    const SchemaModel demo = loadTestSpec("schema_specs/current.yml");
    const Plan plan = diff(demo, demo);
    const MigrationText body = renderMigration(plan, Dialect::PostgreSql).bodyText(plan);
    CHECK(body.text.empty());
    CHECK(body.operations.empty());
}

TEST_CASE("migration file names sort by time and carry the target's name", "[plan][sql]")
{
    CHECK(migrationFileName("2025-03-01T14:30:00Z", "loan_risk") == "20250301143000_loan_risk.sql");
    CHECK(migrationFileName("2025-03-01T14:30:00Z", "Loan Risk (v2)") == "20250301143000_loan_risk_v2.sql");
    CHECK(migrationFileName("2025-03-01T14:30:00Z", "--") == "20250301143000_migration.sql");
}

TEST_CASE("a migration file closes with the spec texts of its checks and views, and they read back")
{
    const std::vector<SchemaText> texts = {
        {"check", "dim_date", "ck_dim_date_quarter", "quarter BETWEEN 1 AND 4"},
        {"check", "odd \"table\"", "ck odd", "a <> 'x -- y'"},
        {"view", "", "v_sales", "SELECT a,\n       b\n\nFROM t\n"},
        {"check", "billing.invoices", "ck_total", "total >= 0"},
        {"schema", "", "Audit Trail", "Audit Trail"},
    };
    const std::string section = specTextsSection(texts);
    CHECK(section.find("\n-- check \"dim_date\" \"ck_dim_date_quarter\"\n-- | quarter BETWEEN 1 AND 4\n") != std::string::npos);
    CHECK(section.find("\n-- schema \"Audit Trail\"\n-- | Audit Trail\n") != std::string::npos);
    const std::string body = "BEGIN;\n\n-- 1. create view v_sales [safe]\nCREATE VIEW ...;\n\nCOMMIT;\n" + section;
    CHECK(parseSpecTextsSection(body) == texts);
    CHECK(parseSpecTextsSection("BEGIN;\nCOMMIT;\n").empty());
    CHECK(specTextsSection({}).empty());
}
