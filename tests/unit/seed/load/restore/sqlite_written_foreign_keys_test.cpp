// Foreign keys proven on the values as they are written: it may only say "proven" where the rows then in the table
// pass PRAGMA foreign_key_check, and says nothing wherever the table could hold other rows or other values than
// the ones it saw.
#include "core/seed/load/restore/sqlite_written_foreign_keys.h"

#include "support/sqlite_test_db.h"

#include <optional>
#include <string>
#include <vector>

namespace {

using ss::seed::ValueKind;

// Two dimensions (one keyed sparsely) and a fact of three written columns: a date key, a company key, an amount.
void starSchema(SqliteTestDb& db, const std::string& factColumns = "paid_on INTEGER REFERENCES dim_date (date_key), "
                                                                      "company INTEGER REFERENCES dim_company, amount REAL")
{
    db.exec("CREATE TABLE dim_date (date_key INTEGER PRIMARY KEY)");
    db.exec("CREATE TABLE dim_company (company_key INTEGER NOT NULL PRIMARY KEY)");
    db.exec("WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 365) INSERT INTO dim_date SELECT v FROM n");
    db.exec("WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 50) INSERT INTO dim_company SELECT v * 1000003 FROM n");
    db.exec("CREATE TABLE fact (" + factColumns + ")");
}

ss::seed::PlannedColumn column(const std::string& name, ValueKind kind)
{
    ss::seed::PlannedColumn out;
    out.name = name;
    out.shape.kind = kind;
    return out;
}

ss::seed::PlannedTable fact(ValueKind companyKind = ValueKind::Integer)
{
    ss::seed::PlannedTable table;
    table.name = "fact";
    table.columns = {column("paid_on", ValueKind::Integer), column("company", companyKind), column("amount", ValueKind::Real)};
    return table;
}

// Rows of (date key, company key or NULL, amount), as the loader would get them.
ss::seed::RowBatch batch(const std::vector<std::pair<std::int64_t, std::optional<std::int64_t>>>& rows)
{
    ss::seed::RowBatch out;
    out.rowCount = rows.size();
    out.columns.resize(3);
    const ValueKind kinds[] = {ValueKind::Integer, ValueKind::Integer, ValueKind::Real};
    for (std::size_t c = 0; c < 3; ++c) {
        out.columns[c].shape.kind = kinds[c];
        out.columns[c].reset(rows.size());
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
        out.columns[0].ints[r] = rows[r].first;
        out.columns[1].ints[r] = rows[r].second.value_or(0);
        out.columns[1].nulls[r] = rows[r].second ? 0 : 1;
        out.columns[2].reals[r] = 1.5;
    }
    return out;
}

// Writes the batches into the table as the loader binds them, and gives the watch's verdict, checked against the
// PRAGMA's on what the table then holds.
bool provenAfterWriting(SqliteTestDb& db, ss::seed::WrittenForeignKeys& keys, const std::vector<ss::seed::RowBatch>& batches)
{
    sqlite3_stmt* insert = nullptr;
    REQUIRE(sqlite3_prepare_v2(db.db, "INSERT INTO fact (paid_on, company, amount) VALUES (?, ?, ?)", -1, &insert, nullptr) == SQLITE_OK);
    for (const ss::seed::RowBatch& rows : batches) {
        for (std::size_t r = 0; r < rows.rowCount; ++r) {
            sqlite3_bind_int64(insert, 1, rows.columns[0].ints[r]);
            if (rows.columns[1].isNull(r))
                sqlite3_bind_null(insert, 2);
            else
                sqlite3_bind_int64(insert, 2, rows.columns[1].ints[r]);
            sqlite3_bind_double(insert, 3, rows.columns[2].reals[r]);
            REQUIRE(sqlite3_step(insert) == SQLITE_DONE);
            sqlite3_reset(insert);
        }
        keys.written(rows);
    }
    sqlite3_finalize(insert);
    if (keys.proven())
        CHECK(db.pragmaViolations("fact") == 0);
    return keys.proven();
}

const std::int64_t kCompany = 7 * 1000003;

}  // namespace

TEST_CASE("SQLite written foreign keys: every written value found among its parent's keys is proven, NULLs included", "[seed][load]")
{
    SqliteTestDb db;
    starSchema(db);
    ss::seed::WrittenForeignKeys keys;
    REQUIRE(keys.watch(db.db, fact()).empty());
    CHECK(provenAfterWriting(db, keys, {batch({{1, kCompany}, {365, std::nullopt}}), batch({{200, 50 * 1000003}})}));
}

TEST_CASE("SQLite written foreign keys: a value its parent lacks, in any batch, is not proven", "[seed][load]")
{
    SqliteTestDb db;
    starSchema(db);
    ss::seed::WrittenForeignKeys keys;
    REQUIRE(keys.watch(db.db, fact()).empty());
    std::vector<ss::seed::RowBatch> batches{batch({{1, kCompany}})};
    SECTION("a date past the dimension") { batches.push_back(batch({{2, kCompany}, {366, kCompany}})); }
    SECTION("a gap between sparse keys") { batches.push_back(batch({{2, kCompany + 1}})); }
    CHECK_FALSE(provenAfterWriting(db, keys, batches));
    CHECK(db.pragmaViolations("fact") == 1);
}

TEST_CASE("SQLite written foreign keys: nothing is proven where the table may hold other rows or values than those written", "[seed][load]")
{
    SqliteTestDb db;
    ss::seed::PlannedTable table = fact();
    SECTION("rows already in the table, one of them broken")
    {
        starSchema(db);
        db.exec("INSERT INTO fact VALUES (999, NULL, 0)");
    }
    SECTION("a trigger that could change what is stored")
    {
        starSchema(db);
        db.exec("CREATE TRIGGER shift AFTER INSERT ON fact BEGIN UPDATE fact SET paid_on = paid_on + 1000 WHERE rowid = new.rowid; END");
    }
    SECTION("a key column of TEXT affinity, which stores the integer as text")
    {
        starSchema(db, "paid_on INTEGER REFERENCES dim_date (date_key), company TEXT REFERENCES dim_company, amount REAL");
    }
    SECTION("a key column the loader does not write (its default goes in)")
    {
        starSchema(db, "paid_on INTEGER REFERENCES dim_date (date_key), company INTEGER, amount REAL, "
                       "region INTEGER DEFAULT 4 REFERENCES dim_date (date_key)");
    }
    SECTION("a key column generated as something other than integers")
    {
        starSchema(db);
        table = fact(ValueKind::Decimal);
    }
    SECTION("a composite key, left to the PRAGMA")
    {
        starSchema(db, "paid_on INTEGER, company INTEGER, amount REAL, FOREIGN KEY (paid_on, company) REFERENCES pair (a, b)");
        db.exec("CREATE TABLE pair (a INTEGER, b INTEGER, PRIMARY KEY (a, b))");
    }
    ss::seed::WrittenForeignKeys keys;
    REQUIRE(keys.watch(db.db, table).empty());
    CHECK_FALSE(provenAfterWriting(db, keys, {batch({{1, kCompany}})}));
}
