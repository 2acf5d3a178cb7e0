// Functions that defaults and checks call, on a real PostgreSQL: inspected into the spec verbatim, created before
// the tables that call them when the spec is applied elsewhere, and planned again without a difference, both from
// a database's own words and from the words a user wrote in the spec.
#include "apply/apply_support.h"
#include "plan/convergence.h"

#include "core/sql/statement_splitter.h"

using namespace ss;

TEST_CASE("PostgreSQL: functions called by a default and a check are inspected, re-created and converge",
          "[plan][apply][converge][functions]")
{
    ConvergenceCase c(Dialect::PostgreSql, "functions", {"SELECT 1"},
                      {"CREATE FUNCTION next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'C' || floor(random() * 1000)::int $$",
                       "CREATE FUNCTION is_positive(x numeric) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT x > 0 $$",
                       "COMMENT ON FUNCTION is_positive(numeric) IS 'True above zero'",
                       "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
                       "CREATE TABLE payment (id integer PRIMARY KEY, code text DEFAULT next_code(), "
                       "amount numeric(12,2) CONSTRAINT ck_amount CHECK (is_positive(amount)))"});

    const InspectResult inspected = inspectScratch(c.desired);
    REQUIRE(inspected.model.functions.size() == 2);
    CHECK(inspected.model.functions[0].name == "next_code");
    CHECK(inspected.model.functions[1].name == "is_positive");
    CHECK(inspected.model.functions[1].signature == "numeric");
    CHECK(inspected.model.functions[1].description == "True above zero");
    CHECK_THAT(inspected.model.functions[1].sql, Catch::StartsWith("CREATE OR REPLACE FUNCTION public.is_positive(x numeric)"));

    c.check();
    checkRoundTrip(c.desired, "functions");
}

TEST_CASE("MariaDB: a stored function a view calls is inspected without its definer, re-created and converges",
          "[plan][apply][converge][functions]")
{
    ConvergenceCase c(Dialect::MySql, "functions_mysql", {"SELECT 1"},
                      {"CREATE FUNCTION add_tax(x DECIMAL(10,2)) RETURNS DECIMAL(10,2) DETERMINISTIC "
                       "COMMENT 'Price with VAT' RETURN x * 1.2",
                       "CREATE FUNCTION grade(x INT) RETURNS VARCHAR(10) DETERMINISTIC BEGIN DECLARE g VARCHAR(10); "
                       "IF x > 50 THEN SET g = 'high'; ELSE SET g = 'low'; END IF; RETURN g; END",
                       "CREATE PROCEDURE archive_items() DELETE FROM item WHERE id < 0",
                       "CREATE TABLE item (id INT PRIMARY KEY, price DECIMAL(10,2))",
                       "CREATE VIEW v_item AS SELECT id, add_tax(price) AS gross, grade(id) AS band FROM item"});

    const InspectResult inspected = inspectScratch(c.desired);
    REQUIRE(inspected.model.functions.size() == 2);
    const SqlFunction& f = inspected.model.functions[0];
    CHECK(f.name == "add_tax");
    CHECK(f.dialect == "mysql");
    CHECK(f.description == "Price with VAT");
    CHECK_THAT(f.sql, Catch::StartsWith("CREATE FUNCTION `add_tax`"));
    CHECK_THAT(f.sql, !Catch::Contains("DEFINER"));
    bool noted = false;
    for (const auto& note : inspected.notes)
        noted = noted || note.find("procedure archive_items is not part of the model") != std::string::npos;
    CHECK(noted);
    // A body of several statements is one statement of a migration file.
    CHECK(splitSqlScript(inspected.model.functions[1].sql + ";\nSELECT 1;", Dialect::MySql).statements.size() == 2);

    c.check();
    checkRoundTrip(c.desired, "functions_mysql");
}

TEST_CASE("PostgreSQL: a function as the spec wrote it is applied and then plans nothing", "[plan][apply][functions]")
{
    ApplyTarget db(Dialect::PostgreSql, "functions_spec");
    const std::string spec = "version: 1\n"
                             "functions:\n"
                             "  - name: is_positive\n"
                             "    dialect: postgresql\n"
                             "    signature: numeric\n"
                             "    sql: |\n"
                             "      create function is_positive(x numeric) returns boolean\n"
                             "        language sql immutable as $$ select x > 0 $$\n"
                             "entities:\n"
                             "  tables:\n"
                             "    - name: payment\n"
                             "      primary_key: [id]\n"
                             "      columns:\n"
                             "        - {name: id, type: INTEGER, nullable: false}\n"
                             "        - {name: amount, type: DECIMAL(12,2)}\n"
                             "      checks:\n"
                             "        - {name: ck_payment_amount, expression: is_positive(amount)}\n";
    const QString file = db.write("functions.yml", spec);
    const DbxRun applied = runDbx({"apply", "--db", db.url, "--target", file});
    INFO(applied.out.toStdString() << applied.err.toStdString());
    REQUIRE(applied.exitCode == 0);
    const DbxRun again = runDbx({"plan", "--db", db.url, "--target", file});
    INFO(again.out.toStdString() << again.err.toStdString());
    CHECK(again.out.contains("No changes"));
    CHECK_FALSE(execSql(db.scratch.db(), "INSERT INTO payment VALUES (1, -3)").isEmpty());

    // A new body is planned as a replacement in place.
    std::string changedSpec = spec;
    changedSpec.replace(changedSpec.find("select x > 0"), 12, "select x >= 1");
    const QString changed = db.write("changed.yml", changedSpec);
    const DbxRun planned = runDbx({"plan", "--db", db.url, "--target", changed});
    CHECK(planned.out.contains("replace function is_positive(numeric)"));
}
