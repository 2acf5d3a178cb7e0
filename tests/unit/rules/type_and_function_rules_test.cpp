#include "unit/rules/rule_test_support.h"

using namespace ss;
using namespace ss::test;

namespace {

std::string withTypes(const std::string& types)
{
    return "version: 1\n"
           "types:\n" + types +
           "entities:\n"
           "  tables:\n"
           "    - name: ticket\n"
           "      primary_key: [id]\n"
           "      columns:\n"
           "        - {name: id, type: INTEGER, nullable: false}\n";
}

}  // namespace

TEST_CASE("type-name: a type name that is not a lower-case identifier")
{
    const Diagnostic d = requireSingle(withTypes("  - {name: TicketStatus, enum: [open, closed]}\n"), "type-name",
                                       Severity::Error, 3, 5);
    CHECK_THAT(d.message, Catch::Contains("'TicketStatus' is not a lower-case identifier"));
}

TEST_CASE("type-name: a type named like a portable type")
{
    const Diagnostic d = requireSingle(withTypes("  - {name: text, domain: VARCHAR(20)}\n"), "type-name", Severity::Error, 3, 5);
    CHECK_THAT(d.message, Catch::Contains("'text' is the name of a portable type"));
}

TEST_CASE("type-name: the same type declared twice")
{
    const Diagnostic d = requireSingle(withTypes("  - {name: status, enum: [open]}\n"
                                                 "  - {name: status, enum: [closed]}\n"),
                                       "type-name", Severity::Error, 4, 5);
    CHECK_THAT(d.message, Catch::Contains("'status' is declared twice (line 3)"));
}

TEST_CASE("enum-values: an enum without values, and one with a value twice")
{
    requireSingle(withTypes("  - {name: status, enum: []}\n"), "enum-values", Severity::Error, 3, 5);
    const Diagnostic d = requireSingle(withTypes("  - {name: status, enum: [open, closed, open]}\n"), "enum-values",
                                       Severity::Error, 3, 5);
    CHECK_THAT(d.message, Catch::Contains("lists the value 'open' twice"));
}

TEST_CASE("type rules: declared types used by columns pass, without a native-type warning")
{
    requireClean("version: 1\n"
                 "types:\n"
                 "  - {name: ticket_status, enum: [open, closed], description: Where a ticket stands}\n"
                 "  - name: amount\n"
                 "    domain: DECIMAL(12,2)\n"
                 "    nullable: false\n"
                 "    checks: [{expression: VALUE >= 0}]\n"
                 "entities:\n"
                 "  tables:\n"
                 "    - name: ticket\n"
                 "      description: A support ticket\n"
                 "      primary_key: [id]\n"
                 "      columns:\n"
                 "        - {name: id, type: INTEGER, nullable: false, description: The key}\n"
                 "        - {name: status, type: ticket_status, description: Its state}\n"
                 "        - {name: total, type: amount, description: What it cost}\n");
}

TEST_CASE("function-definition: a function of no known dialect")
{
    const Diagnostic d = requireSingle("version: 1\n"
                                       "functions:\n"
                                       "  - {name: next_id, dialect: oracle, sql: CREATE FUNCTION next_id RETURN NUMBER}\n"
                                       "entities: {}\n",
                                       "function-definition", Severity::Error, 3, 5);
    CHECK_THAT(d.message, Catch::Contains("names no known dialect 'oracle'"));
}

TEST_CASE("function-definition: sql that does something else than create a function")
{
    const Diagnostic d = requireSingle("version: 1\n"
                                       "functions:\n"
                                       "  - {name: next_id, dialect: postgresql, sql: \"DROP TABLE payment; CREATE FUNCTION next_id()\"}\n"
                                       "entities: {}\n",
                                       "function-definition", Severity::Error, 3, 5);
    CHECK_THAT(d.message, Catch::Contains("does not create a function"));
}

TEST_CASE("function-definition: a second statement after the function")
{
    const Diagnostic d = requireSingle("version: 1\n"
                                       "functions:\n"
                                       "  - name: next_id\n"
                                       "    dialect: postgresql\n"
                                       "    sql: \"CREATE FUNCTION next_id() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$; DROP TABLE payment\"\n"
                                       "entities: {}\n",
                                       "function-definition", Severity::Error, 3, 5);
    CHECK_THAT(d.message, Catch::Contains("more than one statement"));
}

TEST_CASE("function-definition: a CREATE OR REPLACE FUNCTION of a known dialect passes")
{
    const std::vector<Diagnostic> all =
        validateYaml("version: 1\n"
                     "functions:\n"
                     "  - name: next_id\n"
                     "    dialect: postgresql\n"
                     "    sql: |\n"
                     "      create or replace\n"
                     "        function next_id() returns bigint language sql as $$ select 1 $$\n"
                     "entities: {}\n");
    CHECK(ofRule(all, "function-definition").empty());
}

TEST_CASE("function-definition: a DuckDB macro passes, a macro in another dialect's SQL does not")
{
    const std::vector<Diagnostic> duckdb = validateYaml("version: 1\n"
                                                        "functions:\n"
                                                        "  - {name: half, dialect: duckdb, sql: CREATE MACRO half(x) AS x / 2}\n"
                                                        "entities: {}\n");
    CHECK(ofRule(duckdb, "function-definition").empty());
    const Diagnostic d = requireSingle("version: 1\n"
                                       "functions:\n"
                                       "  - {name: half, dialect: postgresql, sql: CREATE MACRO half(x) AS x / 2}\n"
                                       "entities: {}\n",
                                       "function-definition", Severity::Error, 3, 5);
    CHECK_THAT(d.message, Catch::Contains("does not create a function"));
}
