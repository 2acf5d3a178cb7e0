// The spec's functions without a database: read and written back, planned around the tables that call them,
// rendered for PostgreSQL, and left to their own dialect elsewhere.
#include "unit/plan/plan_test_support.h"

#include "core/plan/plan.h"
#include "core/spec/yaml_writer.h"
#include "core/sql/lower_types.h"
#include "core/sql/migration.h"

using namespace ss;

namespace {

const std::string kFunction = "functions:\n"
                              "  - name: is_positive\n"
                              "    description: True for amounts above zero\n"
                              "    dialect: postgresql\n"
                              "    signature: numeric\n"
                              "    sql: |\n"
                              "      CREATE OR REPLACE FUNCTION is_positive(x numeric) RETURNS boolean\n"
                              "      LANGUAGE sql IMMUTABLE AS $$ SELECT x > 0 $$;\n";

std::string spec(const std::string& functions)
{
    return "version: 1\n" + functions +
           "entities:\n"
           "  tables:\n"
           "    - name: payment\n"
           "      primary_key: [id]\n"
           "      columns:\n"
           "        - {name: id, type: INTEGER, nullable: false}\n"
           "        - {name: amount, type: DECIMAL(12,2)}\n"
           "      checks:\n"
           "        - {name: ck_payment_amount, expression: is_positive(amount)}\n";
}

std::vector<std::string> kindsOf(const Plan& plan)
{
    std::vector<std::string> out;
    for (const auto& op : plan.operations)
        out.push_back(std::string(toString(op.kind)) + " " + op.table);
    return out;
}

}  // namespace

TEST_CASE("functions are read from the DSL and written back as they were")
{
    const SchemaModel m = specFromYaml(spec(kFunction));
    REQUIRE(m.functions.size() == 1);
    CHECK(m.functions[0].name == "is_positive");
    CHECK(m.functions[0].dialect == "postgresql");
    CHECK(m.functions[0].signature == "numeric");
    CHECK_THAT(m.functions[0].sql, Catch::StartsWith("CREATE OR REPLACE FUNCTION is_positive(x numeric)"));
    const SchemaModel again = specFromYaml(saveSchemaYaml(m));
    CHECK(again.functions == m.functions);
    CHECK(diff(m, again).empty());
}

TEST_CASE("a function is created before the table whose check calls it, and dropped after it")
{
    const SchemaModel empty = specFromYaml("version: 1\nentities: {}\n");
    const SchemaModel withFunction = specFromYaml(spec(kFunction));
    const Plan create = diff(empty, withFunction);
    CHECK(kindsOf(create) == std::vector<std::string>{"create_function is_positive", "create_table payment"});
    const std::string sql = renderMigration(create, Dialect::PostgreSql).body(create);
    CHECK_THAT(sql, Catch::Contains("SET LOCAL check_function_bodies = off;\n"
                                    "CREATE OR REPLACE FUNCTION is_positive(x numeric) RETURNS boolean\n"
                                    "LANGUAGE sql IMMUTABLE AS $$ SELECT x > 0 $$;\n"
                                    "COMMENT ON FUNCTION \"is_positive\"(numeric) IS 'True for amounts above zero';"));

    const Plan drop = diff(withFunction, empty);
    CHECK(kindsOf(drop) == std::vector<std::string>{"drop_table payment", "drop_function is_positive"});
    REQUIRE(drop.operations.back().risks.size() == 1);
    CHECK(drop.operations.back().risks[0].code == "BC103");
    CHECK_THAT(renderMigration(drop, Dialect::PostgreSql).body(drop), Catch::Contains("DROP FUNCTION \"is_positive\"(numeric);"));
}

TEST_CASE("a function whose body changes is replaced in place, and another signature is another function")
{
    const SchemaModel before = specFromYaml(spec(kFunction));
    const Plan body = diff(before, specFromYaml(replacedOnce(spec(kFunction), "SELECT x > 0", "SELECT x >= 0.01")));
    CHECK(kindsOf(body) == std::vector<std::string>{"replace_function is_positive"});
    CHECK(body.operations[0].risk() == RiskLevel::Safe);

    const Plan layout = diff(before, specFromYaml(replacedOnce(spec(kFunction), "LANGUAGE sql", "LANGUAGE   sql")));
    CHECK(layout.empty());

    const std::string widened = replacedOnce(replacedOnce(spec(kFunction), "signature: numeric", "signature: double precision"),
                                             "x numeric", "x double precision");
    CHECK(kindsOf(diff(before, specFromYaml(widened))) ==
          std::vector<std::string>{"create_function is_positive", "drop_function is_positive"});
}

TEST_CASE("another dialect's functions are neither created nor dropped")
{
    const SchemaModel empty = specFromYaml("version: 1\nentities: {}\n");
    const SchemaModel withFunction = specFromYaml(spec(kFunction));
    CHECK(kindsOf(diffFor(empty, withFunction, Dialect::MySql)) == std::vector<std::string>{"create_table payment"});
    CHECK(kindsOf(diffFor(withFunction, empty, Dialect::Sqlite)) == std::vector<std::string>{"drop_table payment"});
    CHECK(kindsOf(diffFor(empty, withFunction, Dialect::PostgreSql)).size() == 2);
}
