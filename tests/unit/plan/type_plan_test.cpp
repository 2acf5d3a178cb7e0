// Declared types through the whole loop without a database: read from the DSL and written back, planned
// (created before their tables, values added one by one, replaced, described, dropped after their tables),
// rendered for PostgreSQL, and written out into their columns for the dialects that have no types.
#include "unit/plan/plan_test_support.h"

#include "core/plan/plan.h"
#include "core/spec/user_types.h"
#include "core/spec/yaml_writer.h"
#include "core/sql/lower_types.h"
#include "core/sql/migration.h"

using namespace ss;

namespace {

std::string spec(const std::string& types, const std::string& columns = "")
{
    return "version: 1\n"
           "types:\n" + types +
           "entities:\n"
           "  tables:\n"
           "    - name: ticket\n"
           "      primary_key: [id]\n"
           "      columns:\n"
           "        - {name: id, type: INTEGER, nullable: false}\n" + columns;
}

const std::string kStatus = "  - {name: ticket_status, enum: [open, closed], description: Where a ticket stands}\n";
const std::string kAmount = "  - name: amount\n"
                            "    domain: DECIMAL(12,2)\n"
                            "    nullable: false\n"
                            "    default: 0\n"
                            "    checks: [{expression: VALUE >= 0}]\n";
const std::string kColumns = "        - {name: status, type: ticket_status, default: open}\n"
                             "        - {name: total, type: amount}\n";

std::vector<std::string> kindsOf(const Plan& plan)
{
    std::vector<std::string> out;
    for (const auto& op : plan.operations)
        out.push_back(std::string(toString(op.kind)) + " " + op.table);
    return out;
}

std::string sqlOf(const Plan& plan, Dialect dialect)
{
    return renderMigration(plan, dialect).body(plan);
}

}  // namespace

TEST_CASE("types are read from the DSL, columns use them by name, and the spec is written back as it was")
{
    const SchemaModel m = specFromYaml(spec(kStatus + kAmount, kColumns));
    REQUIRE(m.types.size() == 2);
    CHECK(m.types[0].kind == UserType::Kind::Enum);
    CHECK(m.types[0].values == std::vector<std::string>{"open", "closed"});
    CHECK(m.types[0].description == "Where a ticket stands");
    CHECK(m.types[1].kind == UserType::Kind::Domain);
    CHECK(m.types[1].base == DataType::decimal(12, 2));
    CHECK_FALSE(m.types[1].nullable);
    REQUIRE(m.types[1].checks.size() == 1);
    CHECK(m.types[1].checks[0].expression == "VALUE >= 0");

    const Column* status = m.findTable("ticket")->findColumn("status");
    REQUIRE(status);
    CHECK(typeOf(m, *status) == &m.types[0]);

    const std::string yaml = saveSchemaYaml(m);
    CHECK_THAT(yaml, Catch::Contains("enum: [open, closed]"));
    CHECK_THAT(yaml, Catch::Contains("{name: status, type: ticket_status, default: open}"));
    CHECK_THAT(yaml, Catch::Contains("domain: DECIMAL(12,2)"));
    CHECK(specFromYaml(yaml) == specFromYaml(saveSchemaYaml(specFromYaml(yaml))));
    CHECK(diff(m, specFromYaml(yaml)).empty());
}

TEST_CASE("a column naming a type nobody declared is an error at the type")
{
    const LoadResult r = loadSchemaYaml(spec(kStatus, "        - {name: status, type: ticket_state}\n"));
    CHECK_FALSE(r.ok());
    bool found = false;
    for (const auto& d : r.diagnostics)
        if (d.ruleId == "unknown-type") {
            found = true;
            CHECK(d.loc.line == 10);
            CHECK_THAT(d.message, Catch::Contains("nor a type of `types`"));
        }
    CHECK(found);
}

TEST_CASE("a new type is created before the table that uses it, and dropped after it")
{
    const SchemaModel empty = specFromYaml("version: 1\nentities: {}\n");
    const SchemaModel typed = specFromYaml(spec(kStatus + kAmount, kColumns));
    const Plan create = diff(empty, typed);
    CHECK(kindsOf(create) == std::vector<std::string>{"create_type ticket_status", "create_type amount", "create_table ticket"});
    const std::string sql = sqlOf(create, Dialect::PostgreSql);
    CHECK_THAT(sql, Catch::Contains("CREATE TYPE \"ticket_status\" AS ENUM ('open', 'closed');"));
    CHECK_THAT(sql, Catch::Contains("COMMENT ON TYPE \"ticket_status\" IS 'Where a ticket stands';"));
    CHECK_THAT(sql, Catch::Contains("CREATE DOMAIN \"amount\" AS NUMERIC(12,2) DEFAULT 0 NOT NULL "
                                    "CONSTRAINT \"amount_check\" CHECK (VALUE >= 0);"));
    CHECK_THAT(sql, Catch::Contains("\"status\" ticket_status DEFAULT 'open'"));

    const Plan drop = diff(typed, empty);
    CHECK(kindsOf(drop) == std::vector<std::string>{"drop_table ticket", "drop_type ticket_status", "drop_type amount"});
    CHECK_THAT(sqlOf(drop, Dialect::PostgreSql), Catch::Contains("DROP DOMAIN \"amount\";"));
}

TEST_CASE("values added to an enum are added one by one before the transaction, in their places")
{
    const SchemaModel before = specFromYaml(spec(kStatus, kColumns.substr(0, kColumns.find('\n') + 1)));
    const SchemaModel after = specFromYaml(replacedOnce(spec(kStatus, kColumns.substr(0, kColumns.find('\n') + 1)),
                                                        "[open, closed]", "[new, open, waiting, closed, archived]"));
    const Plan plan = diff(before, after);
    REQUIRE(plan.operations.size() == 3);
    for (const auto& op : plan.operations) {
        CHECK(op.kind == OpKind::AddEnumValue);
        CHECK(op.risk() == RiskLevel::Safe);
    }
    const Migration m = renderMigration(plan, Dialect::PostgreSql);
    std::vector<std::string> statements;
    for (const auto& s : m.statements) {
        CHECK(s.phase == StatementPhase::BeforeTransaction);
        statements.push_back(s.sql);
    }
    CHECK(statements == std::vector<std::string>{
                            "ALTER TYPE \"ticket_status\" ADD VALUE IF NOT EXISTS 'new' BEFORE 'open'",
                            "ALTER TYPE \"ticket_status\" ADD VALUE IF NOT EXISTS 'waiting' AFTER 'open'",
                            "ALTER TYPE \"ticket_status\" ADD VALUE IF NOT EXISTS 'archived' AFTER 'closed'",
                        });
}

TEST_CASE("an enum that loses a value is replaced under its columns, rated high")
{
    const std::string columns = "        - {name: status, type: ticket_status, default: open}\n";
    const SchemaModel before = specFromYaml(spec(kStatus, columns));
    const SchemaModel after = specFromYaml(replacedOnce(spec(kStatus, columns), "[open, closed]", "[open, done]"));
    const Plan plan = diff(before, after);
    REQUIRE(plan.operations.size() == 1);
    const Operation& op = plan.operations[0];
    CHECK(op.kind == OpKind::ReplaceType);
    CHECK(op.risk() == RiskLevel::High);
    REQUIRE(op.risks.size() == 1);
    CHECK(op.risks[0].code == "MF110");
    REQUIRE(op.typeColumns.size() == 1);
    CHECK(op.typeColumns[0].first == "ticket");
    CHECK(op.describe() == "replace enum ticket_status (open, closed) with enum ticket_status (open, done) (1 column)");
    const std::string sql = sqlOf(plan, Dialect::PostgreSql);
    CHECK_THAT(sql, Catch::Contains("ALTER TYPE \"ticket_status\" RENAME TO \"ticket_status__replaced\";\n"
                                    "CREATE TYPE \"ticket_status\" AS ENUM ('open', 'done');"));
    CHECK_THAT(sql, Catch::Contains("ALTER TABLE \"ticket\" ALTER COLUMN \"status\" DROP DEFAULT;\n"
                                    "ALTER TABLE \"ticket\" ALTER COLUMN \"status\" TYPE \"ticket_status\" USING "
                                    "\"status\"::text::\"ticket_status\";\n"
                                    "ALTER TABLE \"ticket\" ALTER COLUMN \"status\" SET DEFAULT 'open';"));
    CHECK_THAT(sql, Catch::Contains("DROP TYPE \"ticket_status__replaced\";"));
}

TEST_CASE("a domain that gains a check is replaced with a medium risk, a description alone is only set")
{
    const SchemaModel before = specFromYaml(spec(kAmount, "        - {name: total, type: amount}\n"));
    const SchemaModel stricter = specFromYaml(replacedOnce(spec(kAmount, "        - {name: total, type: amount}\n"),
                                                           "[{expression: VALUE >= 0}]",
                                                           "[{expression: VALUE >= 0}, {expression: VALUE < 1000000}]"));
    const Plan plan = diff(before, stricter);
    REQUIRE(plan.operations.size() == 1);
    CHECK(plan.operations[0].kind == OpKind::ReplaceType);
    CHECK(plan.operations[0].risk() == RiskLevel::Medium);

    const SchemaModel described = specFromYaml(replacedOnce(spec(kAmount), "    nullable: false\n",
                                                            "    nullable: false\n    description: Money owed\n"));
    const Plan comment = diff(specFromYaml(spec(kAmount)), described);
    CHECK(kindsOf(comment) == std::vector<std::string>{"comment_type amount"});
    CHECK_THAT(sqlOf(comment, Dialect::PostgreSql), Catch::Contains("COMMENT ON DOMAIN \"amount\" IS 'Money owed';"));
}

TEST_CASE("a domain check the spec left unnamed matches the one PostgreSQL named")
{
    SchemaModel live = specFromYaml(spec(kAmount));
    live.types[0].checks[0].name = "amount_check";
    CHECK(diff(live, specFromYaml(spec(kAmount))).empty());
}

TEST_CASE("dialects without types hold them written out: MySQL's ENUM, elsewhere the base type and checks")
{
    const SchemaModel typed = specFromYaml(spec(kStatus + kAmount, kColumns));

    const SchemaModel mysql = lowerTypes(typed, Dialect::MySql);
    CHECK(mysql.types.empty());
    const Table& t = *mysql.findTable("ticket");
    CHECK(t.findColumn("status")->type == DataType::nativeType("enum('open','closed')"));
    CHECK(t.findColumn("total")->type == DataType::decimal(12, 2));
    CHECK_FALSE(t.findColumn("total")->nullable);
    REQUIRE(t.findColumn("total")->defaultValue);
    CHECK(t.findColumn("total")->defaultValue->text == "0");
    REQUIRE(t.checks.size() == 1);
    CHECK(t.checks[0].expression == "`total` >= 0");

    const SchemaModel sqlite = lowerTypes(typed, Dialect::Sqlite);
    const Table& s = *sqlite.findTable("ticket");
    CHECK(s.findColumn("status")->type == DataType::of(TypeKind::Text));
    REQUIRE(s.checks.size() == 2);
    CHECK(s.checks[0].expression == "\"status\" IN ('open', 'closed')");
    CHECK(s.checks[1].expression == "\"total\" >= 0");

    const SchemaModel duckdb = lowerTypes(typed, Dialect::DuckDb);
    const Table& d = *duckdb.findTable("ticket");
    REQUIRE(d.checks.size() == 2);
    CHECK(d.checks[0].expression == "status IN ('open', 'closed')");

    CHECK(lowerTypes(typed, Dialect::PostgreSql) == typed);

    const Plan onSqlite = diffFor(specFromYaml("version: 1\nentities: {}\n"), typed, Dialect::Sqlite);
    CHECK(kindsOf(onSqlite) == std::vector<std::string>{"create_table ticket"});
    CHECK_THAT(sqlOf(onSqlite, Dialect::Sqlite), Catch::Contains("CHECK (\"status\" IN ('open', 'closed'))"));
}

TEST_CASE("VALUE in a domain's check becomes the column only as a word outside quotes")
{
    const SchemaModel typed = specFromYaml(spec("  - name: code\n"
                                                "    domain: VARCHAR(20)\n"
                                                "    checks: [{expression: \"VALUE <> 'VALUE' AND length(VALUE) > 2 AND VALUES_OK\"}]\n",
                                                "        - {name: ref, type: code}\n"));
    const SchemaModel sqlite = lowerTypes(typed, Dialect::Sqlite);
    const Table& t = *sqlite.findTable("ticket");
    REQUIRE(t.checks.size() == 1);
    CHECK(t.checks[0].expression == "\"ref\" <> 'VALUE' AND length(\"ref\") > 2 AND VALUES_OK");
}
