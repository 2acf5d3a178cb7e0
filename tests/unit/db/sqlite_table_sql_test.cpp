#include "core/db/inspect/sqlite_table_sql.h"

#include <catch2/catch.hpp>

using namespace ss;
using Kind = SqliteConstraint::Kind;

TEST_CASE("constraint names, checks and AUTOINCREMENT are read from SQLite's CREATE TABLE text", "[db][sqlite]")
{
    const auto t = parseSqliteCreateTable(R"(CREATE TABLE "orders" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, -- the key
        "code" VARCHAR(20) NOT NULL CONSTRAINT uq_code UNIQUE,
        qty INTEGER CHECK (qty > 0) DEFAULT (1),
        [customer id] INTEGER REFERENCES customers(id) ON DELETE CASCADE,
        /* a table constraint */ CONSTRAINT "ck ""odd""" CHECK (qty < (100 + 1)),
        CONSTRAINT fk_orders_shop FOREIGN KEY (shop, `region`) REFERENCES shops (id, region),
        UNIQUE (code, qty)
    ))");
    CHECK(t.autoincrement);
    REQUIRE(t.constraints.size() == 7);
    CHECK(t.constraints[0].kind == Kind::PrimaryKey);
    CHECK(t.constraints[0].columns == std::vector<std::string>{"id"});
    CHECK(t.constraints[1].kind == Kind::Unique);
    CHECK(t.constraints[1].name == "uq_code");
    CHECK(t.constraints[1].columns == std::vector<std::string>{"code"});
    CHECK(t.constraints[2].kind == Kind::Check);
    CHECK(t.constraints[2].expression == "qty > 0");
    CHECK(t.constraints[3].kind == Kind::ForeignKey);
    CHECK(t.constraints[3].columns == std::vector<std::string>{"customer id"});
    CHECK(t.constraints[4].name == "ck \"odd\"");
    CHECK(t.constraints[4].expression == "qty < (100 + 1)");
    CHECK(t.constraints[5].name == "fk_orders_shop");
    CHECK(t.constraints[5].columns == std::vector<std::string>{"shop", "region"});
    CHECK(t.constraints[6].columns == std::vector<std::string>{"code", "qty"});
    CHECK(t.constraints[6].name.empty());
}

TEST_CASE("a table without AUTOINCREMENT or constraints gives none", "[db][sqlite]")
{
    const auto t = parseSqliteCreateTable("CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT DEFAULT 'AUTOINCREMENT')");
    CHECK_FALSE(t.autoincrement);
    REQUIRE(t.constraints.size() == 1);
    CHECK(t.constraints[0].kind == Kind::PrimaryKey);
}

TEST_CASE("the SELECT of a view is cut out verbatim", "[db][sqlite]")
{
    CHECK(sqliteViewSelect("CREATE VIEW v (a, b) AS\nSELECT x AS a, y AS b FROM t;") == "SELECT x AS a, y AS b FROM t");
    CHECK(sqliteViewSelect("CREATE VIEW \"as\" AS SELECT 1") == "SELECT 1");
}

TEST_CASE("a column's COLLATE other than BINARY is read with its column", "[db][sqlite]")
{
    const auto t = parseSqliteCreateTable("CREATE TABLE t (a TEXT COLLATE NOCASE, b TEXT COLLATE binary, \"c d\" TEXT "
                                          "NOT NULL COLLATE \"RTRIM\" UNIQUE, e TEXT DEFAULT 'COLLATE NOCASE', "
                                          "UNIQUE (b COLLATE NOCASE))");
    REQUIRE(t.collations.size() == 2);
    CHECK(t.collations[0].column == "a");
    CHECK(t.collations[0].collation == "NOCASE");
    CHECK(t.collations[1].column == "c d");
    CHECK(t.collations[1].collation == "RTRIM");
}
