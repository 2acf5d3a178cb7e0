// Names resolve exactly first, else to the one name equal ignoring case: PostgreSQL's "Users" and users stay
// apart while specs that write dim_company for Dim_Company keep working.
#include "core/plan/name_matching.h"
#include "core/plan/plan.h"
#include "core/spec/name_lookup.h"
#include "core/sql/dialect_names.h"

#include <catch2/catch.hpp>

using namespace ss;

namespace {

Table tableNamed(const std::string& name, std::initializer_list<const char*> columns)
{
    Table t;
    t.name = name;
    for (const char* c : columns) {
        Column column;
        column.name = c;
        column.type = DataType::of(TypeKind::Text);
        t.columns.push_back(column);
    }
    return t;
}

SchemaModel usersPair()
{
    SchemaModel m;
    m.tables.push_back(tableNamed("Users", {"id", "Name", "name"}));
    m.tables.push_back(tableNamed("users", {"id"}));
    return m;
}

}  // namespace

TEST_CASE("NameIndex: exact names first, else the only name equal ignoring case")
{
    NameIndex index;
    index.add("Users", 0);
    index.add("users", 1);
    index.add("Dim_Company", 2);
    CHECK(index.find("Users") == 0u);
    CHECK(index.find("users") == 1u);
    CHECK_FALSE(index.find("USERS"));  // two candidates: neither is guessed
    CHECK(index.find("dim_company") == 2u);
    CHECK_FALSE(index.find("company"));
}

TEST_CASE("findTable and findColumn keep names that differ only in case apart")
{
    const SchemaModel m = usersPair();
    REQUIRE(m.findTable("Users"));
    CHECK(m.findTable("Users") == &m.tables[0]);
    CHECK(m.findTable("users") == &m.tables[1]);
    CHECK(m.findTable("USERS") == nullptr);
    const Table& users = m.tables[0];
    CHECK(users.findColumn("Name") == &users.columns[1]);
    CHECK(users.findColumn("name") == &users.columns[2]);
    CHECK(users.findColumn("NAME") == nullptr);
    CHECK(users.findColumn("ID") == &users.columns[0]);
}

TEST_CASE("the differ pairs exact names first and renames a name changed in case only")
{
    const SchemaModel both = usersPair();
    CHECK(diff(both, both).empty());

    SchemaModel lower;
    lower.tables.push_back(tableNamed("users", {"id"}));
    const auto pairs = matchTables(lower, both);
    REQUIRE(pairs.size() == 2);
    CHECK(pairs[0].target->name == "Users");
    CHECK(pairs[0].current == nullptr);  // created: users pairs with its exact namesake
    CHECK(pairs[1].current == &lower.tables[0]);
    CHECK_FALSE(pairs[1].renamed);

    SchemaModel upper;
    upper.tables.push_back(tableNamed("USERS", {"id"}));
    const auto renamed = matchTables(upper, lower);
    REQUIRE(renamed.size() == 1);
    CHECK(renamed[0].renamed);

    const auto columns = matchColumns(tableNamed("t", {"name"}), tableNamed("t", {"Name", "name"}));
    REQUIRE(columns.size() == 2);
    CHECK(columns[0].current == nullptr);
    CHECK(columns[1].current != nullptr);
    CHECK_FALSE(columns[1].renamed);
}

TEST_CASE("a spec with names that differ only in case does not plan for a dialect that folds them")
{
    const SchemaModel m = usersPair();
    CHECK(namesTheDialectCannotHold(m, Dialect::PostgreSql).empty());

    const auto sqlite = namesTheDialectCannotHold(m, Dialect::Sqlite);
    REQUIRE(sqlite.size() == 2);
    for (const Diagnostic& d : sqlite) {
        CHECK(d.severity == Severity::Error);
        CHECK(d.ruleId == "duplicate-name");
    }
    CHECK_THAT(sqlite[0].message + sqlite[1].message, Catch::Contains("table 'users' differs only in case from table 'Users'")
                                                          && Catch::Contains("SQLite takes them for one name"));
    CHECK(namesTheDialectCannotHold(m, Dialect::DuckDb).size() == 2);

    // MariaDB folds the columns always, the tables only under lower_case_table_names.
    const auto mysql = namesTheDialectCannotHold(m, Dialect::MySql);
    REQUIRE(mysql.size() == 1);
    CHECK_THAT(mysql[0].message, Catch::Contains("column 'name' differs only in case from column 'Name'"));
    CHECK(namesTheDialectCannotHold(m, Dialect::MySql, true).size() == 2);
}
