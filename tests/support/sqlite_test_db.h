#pragma once

// A SQLite database on its own handle (in memory unless given a file), for tests of code that works on sqlite3*
// directly.

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <string>

struct SqliteTestDb {
    sqlite3* db = nullptr;
    explicit SqliteTestDb(const std::string& file = ":memory:") { REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK); }
    ~SqliteTestDb() { sqlite3_close(db); }
    SqliteTestDb(const SqliteTestDb&) = delete;
    SqliteTestDb& operator=(const SqliteTestDb&) = delete;

    void exec(const std::string& sql)
    {
        char* message = nullptr;
        const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
        INFO(sql << ": " << (message ? message : ""));
        sqlite3_free(message);
        REQUIRE(rc == SQLITE_OK);
    }

    // What SQLite's own check finds wrong in `table`.
    int pragmaViolations(const std::string& table)
    {
        sqlite3_stmt* query = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, ("SELECT COUNT(*) FROM pragma_foreign_key_check('" + table + "')").c_str(), -1, &query, nullptr) ==
                SQLITE_OK);
        REQUIRE(sqlite3_step(query) == SQLITE_ROW);
        const int count = sqlite3_column_int(query, 0);
        sqlite3_finalize(query);
        return count;
    }
};
