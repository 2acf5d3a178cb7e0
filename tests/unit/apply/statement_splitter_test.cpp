#include "core/sql/statement_splitter.h"

#include <catch2/catch.hpp>

using namespace ss;

TEST_CASE("Scripts split on the semicolons that end statements", "[apply][splitter]")
{
    const SplitScript s = splitSqlScript("-- 1. create table a [safe]\n"
                                         "CREATE TABLE \"a;b\" (x TEXT DEFAULT 'it''s; here');\n"
                                         "/* a; block */ INSERT INTO t VALUES ('--not a comment');\n"
                                         "\n-- trailing comment\n",
                                         Dialect::Sqlite);
    REQUIRE(s.statements.size() == 2);
    CHECK(s.statements[0].sql == "CREATE TABLE \"a;b\" (x TEXT DEFAULT 'it''s; here')");
    CHECK(s.statements[0].line == 2);
    CHECK(s.statements[1].sql == "INSERT INTO t VALUES ('--not a comment')");
    CHECK(s.statements[1].line == 3);
    REQUIRE(s.comments.size() == 2);
    CHECK(s.comments[0].text == "1. create table a [safe]");
    CHECK(s.comments[0].line == 1);
    CHECK(s.comments[1].text == "trailing comment");
    CHECK(s.comments[1].line == 5);
}

TEST_CASE("PostgreSQL dollar quotes and MySQL backslash escapes keep their semicolons", "[apply][splitter]")
{
    const SplitScript pg = splitSqlScript("CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;\n"
                                          "SELECT $1;",
                                          Dialect::PostgreSql);
    REQUIRE(pg.statements.size() == 2);
    CHECK(pg.statements[0].sql == "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql");
    CHECK(pg.statements[1].sql == "SELECT $1");

    const SplitScript my = splitSqlScript("INSERT INTO t VALUES ('a\\';b');\n# a comment; here\nSELECT `x;y` FROM t", Dialect::MySql);
    REQUIRE(my.statements.size() == 2);
    CHECK(my.statements[0].sql == "INSERT INTO t VALUES ('a\\';b')");
    CHECK(my.statements[1].sql == "SELECT `x;y` FROM t");
    CHECK(my.statements[1].line == 3);
    REQUIRE(my.comments.size() == 1);
    CHECK(my.comments[0].text == "a comment; here");
}

TEST_CASE("A MySQL stored program keeps the statements between its BEGIN and END", "[apply][splitter]")
{
    const std::string grade = "CREATE FUNCTION `grade`(x INT) RETURNS varchar(10) DETERMINISTIC\n"
                              "BEGIN\n"
                              "  DECLARE g VARCHAR(10);\n"
                              "  IF x > 50 THEN SET g = IF(x > 90, 'top', 'high'); ELSE SET g = 'low'; END IF;\n"
                              "  DROP TEMPORARY TABLE IF EXISTS scratch;\n"
                              "  label: LOOP LEAVE label; END LOOP;\n"
                              "  RETURN CASE WHEN g = 'low' THEN REPEAT('-', 3) ELSE g END;\n"
                              "END";
    const SplitScript my = splitSqlScript(grade + ";\nCREATE VIEW v AS SELECT grade(1);\nSELECT 1", Dialect::MySql);
    REQUIRE(my.statements.size() == 3);
    CHECK(my.statements[0].sql == grade);
    CHECK(my.statements[1].sql == "CREATE VIEW v AS SELECT grade(1)");
    CHECK(my.statements[2].sql == "SELECT 1");

    const SplitScript trigger = splitSqlScript("CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET NEW.x = 1; "
                                               "SET NEW.y = 2; END;\nBEGIN;\nSELECT 2;",
                                               Dialect::MySql);
    REQUIRE(trigger.statements.size() == 3);
    CHECK(trigger.statements[1].sql == "BEGIN");
}

TEST_CASE("A statement's first line is what logs show", "[apply][splitter]")
{
    CHECK(firstLineOf("DROP TABLE \"x\"") == "DROP TABLE \"x\"");
    CHECK(firstLineOf("CREATE TABLE \"x\" (\n  a INTEGER\n)") == "CREATE TABLE \"x\" ( ...");
    CHECK(firstLineOf(std::string(200, 'a'), 20) == std::string(17, 'a') + "...");
    CHECK(firstLineOf("abcdefghijklmnop\xC3\xA9\xC3\xA9\xC3\xA9", 20) == "abcdefghijklmnop...");
}
