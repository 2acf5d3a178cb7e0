// The one-pass foreign key proof: it may only say "proven" where PRAGMA foreign_key_check finds nothing, and
// leaves every other case to the PRAGMA.
#include "core/seed/load/restore/sqlite_foreign_key_scan.h"

#include "support/sqlite_test_db.h"

#include <string>

namespace {

struct MemoryDb : SqliteTestDb {
    // The scan's verdict, checked against the PRAGMA's: never proven where the PRAGMA finds a violation.
    bool proven(const std::string& table)
    {
        const ss::seed::ForeignKeyScan scan = ss::seed::scanForeignKeys(db, table);
        INFO(scan.error);
        REQUIRE(scan.error.empty());
        if (scan.proven)
            CHECK(pragmaViolations(table) == 0);
        return scan.proven;
    }
};

// A date dimension and a company dimension by surrogate key, a product by a unique code, and a fact referencing
// the dates twice.
void starSchema(MemoryDb& db)
{
    db.exec("CREATE TABLE dim_date (date_key INTEGER PRIMARY KEY, day TEXT)");
    db.exec("CREATE TABLE dim_company (company_key INTEGER NOT NULL PRIMARY KEY, name TEXT)");
    db.exec("CREATE TABLE dim_product (product_id INTEGER PRIMARY KEY, code INTEGER NOT NULL UNIQUE)");
    db.exec("WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 500) "
            "INSERT INTO dim_date SELECT v, 'd' || v FROM n");
    db.exec("WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 300) "
            "INSERT INTO dim_company SELECT v * 1000003, 'c' || v FROM n");
    db.exec("INSERT INTO dim_product VALUES (1, 9001), (2, 9002)");
    db.exec("CREATE TABLE fact (paid_on INTEGER REFERENCES dim_date (date_key), due_on INTEGER REFERENCES dim_date, "
            "company INTEGER REFERENCES dim_company (company_key), product INTEGER REFERENCES dim_product (code), amount REAL)");
    db.exec("WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 5000) "
            "INSERT INTO fact SELECT v % 500 + 1, (v * 7) % 500 + 1, (v % 300 + 1) * 1000003, 9001 + v % 2, v FROM n");
}

}  // namespace

TEST_CASE("SQLite foreign key scan: integer keys into primary keys and a unique column are proven in one pass", "[seed][load]")
{
    MemoryDb db;
    starSchema(db);
    CHECK(db.proven("fact"));
    db.exec("INSERT INTO fact VALUES (NULL, NULL, NULL, NULL, 0)");
    CHECK(db.proven("fact"));
    db.exec("CREATE TABLE lonely (id INTEGER PRIMARY KEY)");
    CHECK(db.proven("lonely"));
}

TEST_CASE("SQLite foreign key scan: a value the parent lacks is left to the PRAGMA", "[seed][load]")
{
    MemoryDb db;
    starSchema(db);
    SECTION("a date past the dimension") { db.exec("INSERT INTO fact VALUES (501, 1, NULL, NULL, 0)"); }
    SECTION("the second reference to the same parent") { db.exec("INSERT INTO fact VALUES (1, 0, NULL, NULL, 0)"); }
    SECTION("a gap in sparse keys") { db.exec("INSERT INTO fact VALUES (1, 1, 1000004, NULL, 0)"); }
    SECTION("a product id where the key is the code") { db.exec("INSERT INTO fact VALUES (1, 1, NULL, 1, 0)"); }
    CHECK_FALSE(db.proven("fact"));
    CHECK(db.pragmaViolations("fact") == 1);
}

TEST_CASE("SQLite foreign key scan: values of other types, composite keys and keys without a unique index are not proven", "[seed][load]")
{
    MemoryDb db;
    starSchema(db);
    SECTION("a text value the PRAGMA would convert and accept")
    {
        db.exec("CREATE TABLE loose (d REFERENCES dim_date (date_key))");
        db.exec("INSERT INTO loose VALUES ('7')");
        CHECK_FALSE(db.proven("loose"));
        CHECK(db.pragmaViolations("loose") == 0);
    }
    SECTION("a real value")
    {
        db.exec("CREATE TABLE loose (d REFERENCES dim_date (date_key))");
        db.exec("INSERT INTO loose VALUES (7.5)");
        CHECK_FALSE(db.proven("loose"));
    }
    SECTION("a parent keyed by text holding the same digits")
    {
        db.exec("CREATE TABLE codes (code TEXT PRIMARY KEY)");
        db.exec("INSERT INTO codes VALUES ('7')");
        db.exec("CREATE TABLE uses (code INTEGER REFERENCES codes (code))");
        db.exec("INSERT INTO uses VALUES (7)");
        CHECK_FALSE(db.proven("uses"));
    }
    SECTION("a composite key")
    {
        db.exec("CREATE TABLE pair (a INTEGER, b INTEGER, PRIMARY KEY (a, b))");
        db.exec("INSERT INTO pair VALUES (1, 2)");
        db.exec("CREATE TABLE uses (a INTEGER, b INTEGER, FOREIGN KEY (a, b) REFERENCES pair (a, b))");
        db.exec("INSERT INTO uses VALUES (1, 2)");
        CHECK_FALSE(db.proven("uses"));
    }
    SECTION("a parent column without a unique index, which the PRAGMA calls a mismatch")
    {
        db.exec("CREATE TABLE uses (d INTEGER REFERENCES dim_date (day))");
        CHECK_FALSE(db.proven("uses"));
    }
    SECTION("a parent column unique only in part")
    {
        db.exec("CREATE TABLE partial (id INTEGER, v INTEGER)");
        db.exec("CREATE UNIQUE INDEX ux_partial ON partial (v) WHERE v > 0");
        db.exec("INSERT INTO partial VALUES (1, 5)");
        db.exec("CREATE TABLE uses (v INTEGER REFERENCES partial (v))");
        db.exec("INSERT INTO uses VALUES (5)");
        CHECK_FALSE(db.proven("uses"));
    }
}

TEST_CASE("SQLite foreign key scan: a cancel interrupts the pass with SQLite's message", "[seed][load]")
{
    MemoryDb db;
    starSchema(db);
    sqlite3_progress_handler(db.db, 100, [](void*) { return 1; }, nullptr);
    const ss::seed::ForeignKeyScan scan = ss::seed::scanForeignKeys(db.db, "fact");
    sqlite3_progress_handler(db.db, 0, nullptr, nullptr);
    CHECK_FALSE(scan.proven);
    CHECK(scan.error.find("interrupted") != std::string::npos);
}
