// SQLite keeps no name for a constraint declared without one: the plan creates such constraints unnamed too, so
// the applied database reads back as the desired one, not with derived names.
#include "plan/convergence.h"

using namespace ss;

TEST_CASE("SQLite: constraints the desired database left unnamed stay unnamed once applied",
          "[plan][apply][converge][names]")
{
    const char* const parent = "CREATE TABLE parent (id INTEGER PRIMARY KEY)";
    ConvergenceCase c(Dialect::Sqlite, "unnamed",
                      {parent, "CREATE TABLE item (id INTEGER PRIMARY KEY, code TEXT)"},
                      {parent, "CREATE TABLE item (id INTEGER PRIMARY KEY, code TEXT UNIQUE, n INTEGER CHECK (n > 0), "
                               "parent_id INTEGER REFERENCES parent (id), UNIQUE (code, n), "
                               "CONSTRAINT item_n_small CHECK (n < 100))"});

    const InspectResult applied = c.check().applied;
    const Table* item = applied.model.findTable("item");
    REQUIRE(item);
    REQUIRE(item->uniques.size() == 2);
    for (const UniqueConstraint& u : item->uniques)
        CHECK(u.name.empty());
    REQUIRE(item->foreignKeys.size() == 1);
    CHECK(item->foreignKeys[0].name.empty());
    REQUIRE(item->checks.size() == 2);
    CHECK(item->checks[0].name.empty());
    CHECK(item->checks[1].name == "item_n_small");
    const std::string expected = saveSchemaYaml(inspectScratch(c.desired).model);
    const std::string actual = saveSchemaYaml(applied.model);
    INFO(firstDifference(expected, actual));
    CHECK(actual == expected);
}
