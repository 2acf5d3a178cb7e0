#include "core/db/connection_url.h"

#include <catch2/catch.hpp>

using namespace ss;

TEST_CASE("server URLs give dialect, user, host, port and database", "[db][url]")
{
    const auto pg = parseConnectionUrl("postgresql://ann@db.example:6543/warehouse");
    REQUIRE(pg.ok());
    CHECK(pg.url.dialect == Dialect::PostgreSql);
    CHECK(pg.url.user == "ann");
    CHECK(pg.url.host == "db.example");
    CHECK(pg.url.port == 6543);
    CHECK(pg.url.database == "warehouse");
    CHECK(pg.url.display() == "postgresql://ann@db.example:6543/warehouse");

    const auto my = parseConnectionUrl("mariadb://bob@127.0.0.1/shop?connect_timeout=3");
    REQUIRE(my.ok());
    CHECK(my.url.dialect == Dialect::MySql);
    CHECK(my.url.effectivePort() == 3306);
    CHECK(my.url.options.at("connect_timeout") == "3");
    CHECK(my.url.display() == "mysql://bob@127.0.0.1:3306/shop?connect_timeout=3");

    const auto v6 = parseConnectionUrl("postgres://[::1]:5433/x%20y");
    REQUIRE(v6.ok());
    CHECK(v6.url.host == "::1");
    CHECK(v6.url.database == "x y");
    CHECK(v6.url.display() == "postgresql://[::1]:5433/x%20y");
}

TEST_CASE("SQLite URLs: absolute paths, and relative ones inside the project folder", "[db][url]")
{
    const auto absolute = parseConnectionUrl("sqlite:///var/data/app.db", "/home/ann/project");
    REQUIRE(absolute.ok());
    CHECK(absolute.url.dialect == Dialect::Sqlite);
    CHECK(absolute.url.path == "/var/data/app.db");

    const auto relative = parseConnectionUrl("sqlite:data/../local.sqlite", "/home/ann/project");
    REQUIRE(relative.ok());
    CHECK(relative.url.path == "/home/ann/project/local.sqlite");
    CHECK(relative.url.display() == "sqlite:///home/ann/project/local.sqlite");
}

TEST_CASE("DuckDB URLs: absolute paths, and relative ones inside the project folder", "[db][url][duckdb]")
{
    const auto absolute = parseConnectionUrl("duckdb:///var/data/warehouse.duckdb", "/home/ann/project");
    REQUIRE(absolute.ok());
    CHECK(absolute.url.dialect == Dialect::DuckDb);
    CHECK(absolute.url.path == "/var/data/warehouse.duckdb");
    CHECK(absolute.url.display() == "duckdb:///var/data/warehouse.duckdb");

    const auto relative = parseConnectionUrl("duckdb:data/../stars.duckdb", "/home/ann/project");
    REQUIRE(relative.ok());
    CHECK(relative.url.dialect == Dialect::DuckDb);
    CHECK(relative.url.display() == "duckdb:///home/ann/project/stars.duckdb");

    CHECK(parseConnectionUrl("duckdb:").error.find("DuckDB URL names no file") != std::string::npos);
    CHECK(parseConnectionUrl("duckdb:x.duckdb?threads=4").error.find("takes no options") != std::string::npos);
    CHECK(parseDialect("DuckDB") == Dialect::DuckDb);
}

TEST_CASE("a URL that holds a password is refused, and the error never repeats it", "[db][url]")
{
    for (const char* text : {"postgresql://ann:hunter2@host/db", "mysql://ann@host/db?password=hunter2"}) {
        INFO(text);
        const auto r = parseConnectionUrl(text);
        CHECK_FALSE(r.ok());
        CHECK(r.error.find("hunter2") == std::string::npos);
        CHECK(r.error.find("PGPASSWORD") != std::string::npos);
    }
}

TEST_CASE("malformed URLs get an error that says what is expected", "[db][url]")
{
    CHECK(parseConnectionUrl("oracle://x@y/z").error.find("unknown scheme") != std::string::npos);
    CHECK(parseConnectionUrl("postgresql://ann@host:99999/db").error.find("port") != std::string::npos);
    CHECK(parseConnectionUrl("postgresql://ann@host").error.find("name the database") != std::string::npos);
    CHECK(parseConnectionUrl("mysql://ann@host/db?sslmode=require").error.find("unknown option") != std::string::npos);
    CHECK(parseConnectionUrl("sqlite:").error.find("names no file") != std::string::npos);
    CHECK(parseConnectionUrl("warehouse").error.find("not a database URL") != std::string::npos);
    CHECK(parseConnectionUrl("postgresql://ann@host/d%zz").error.find("%-escape") != std::string::npos);
}

TEST_CASE("redactedUrl hides passwords in the user part and in options", "[db][url]")
{
    CHECK(redactedUrl("postgresql://ann:hunter2@host:5432/db") == "postgresql://ann:***@host:5432/db");
    CHECK(redactedUrl("mysql://host/db?user=ann&password=hunter2&x=1") == "mysql://host/db?user=ann&password=***&x=1");
    CHECK(redactedUrl("postgresql://ann@host/db") == "postgresql://ann@host/db");
    CHECK(redactedUrl("sqlite:///tmp/a:b@c.db") == "sqlite:///tmp/a:b@c.db");
}
