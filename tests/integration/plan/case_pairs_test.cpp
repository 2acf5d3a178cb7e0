// PostgreSQL keeps quoted names that differ only in case apart ("Users" and users, "Name" and name), and
// MariaDB on Linux keeps table names' case: a database holding such a pair is inspected with both names,
// validates without an error, and is re-created and re-planned without a difference.
#include "plan/convergence.h"

#include "core/db/name_folding.h"
#include "core/spec/validator.h"

using namespace ss;

namespace {

void requireNoErrors(const SchemaModel& model)
{
    const std::vector<Diagnostic> found = validate(model);
    for (const Diagnostic& d : found)
        INFO(d.message);
    CHECK_FALSE(hasErrors(found));
}

}  // namespace

TEST_CASE("PostgreSQL: tables and columns whose names differ only in case round-trip", "[plan][apply][converge][names]")
{
    ConvergenceCase c(Dialect::PostgreSql, "case_pairs", {},
                      {"CREATE TABLE \"Users\" (id INTEGER PRIMARY KEY, \"Name\" TEXT NOT NULL, name TEXT)",
                       "CREATE TABLE users (id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES \"Users\" (id))",
                       "CREATE INDEX \"Users_name\" ON \"Users\" (\"Name\")",
                       "CREATE INDEX users_name ON \"Users\" (name)"});

    const InspectResult desired = inspectScratch(c.desired);
    REQUIRE(desired.model.tables.size() == 2);
    requireNoErrors(desired.model);
    const Table* upper = desired.model.findTable("Users");
    REQUIRE(upper);
    REQUIRE(upper->columns.size() == 3);
    CHECK(upper->columns[1].name == "Name");
    CHECK(upper->columns[2].name == "name");
    CHECK_FALSE(upper->columns[1].nullable);

    // The spec keeps both through a save and a load.
    const LoadResult reloaded = loadSchemaYaml(saveSchemaYaml(desired.model));
    REQUIRE(reloaded.ok());
    CHECK(reloaded.model.tables == desired.model.tables);

    const InspectResult applied = c.check().applied;
    const std::string expected = saveSchemaYaml(desired.model);
    const std::string actual = saveSchemaYaml(applied.model);
    INFO(firstDifference(expected, actual));
    CHECK(actual == expected);
    const Table* lower = applied.model.findTable("users");
    REQUIRE(lower);
    REQUIRE(lower->foreignKeys.size() == 1);
    CHECK(lower->foreignKeys[0].refTable == "Users");
}

// The test servers run on Linux, where lower_case_table_names is 0 and tables are files named as written.
TEST_CASE("MariaDB: two tables whose names differ only in case round-trip where the server keeps their case",
          "[plan][apply][converge][names]")
{
    ConvergenceCase c(Dialect::MySql, "case_tables", {},
                      {"CREATE TABLE `Users` (id INTEGER PRIMARY KEY, label VARCHAR(40))",
                       "CREATE TABLE users (id INTEGER PRIMARY KEY, label VARCHAR(40))"});
    const InspectResult desired = inspectScratch(c.desired);
    requireNoErrors(desired.model);

    CHECK(firstValue(c.current, "SELECT @@lower_case_table_names").toInt() == 0);
    ss::DatabaseConnection connection;
    REQUIRE(ss::openDatabase(connection, scratchDatabaseUrl(c.current)).empty());
    std::vector<Diagnostic> folded;
    REQUIRE(namesTheDatabaseCannotHold(connection, desired.model, folded).empty());
    CHECK(folded.empty());
    REQUIRE(desired.model.tables.size() == 2);
    CHECK(desired.model.findTable("Users") != desired.model.findTable("users"));
    c.check();
}
