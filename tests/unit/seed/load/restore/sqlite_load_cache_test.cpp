// The page cache a table's rows load with: the user's while the rows only touch the pages at their insertion
// points, grown (and only grown) once they read back pages the cache let go.
#include "core/seed/load/restore/sqlite_load_cache.h"

#include "support/sqlite_test_db.h"

#include <QTemporaryDir>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <numeric>
#include <random>
#include <string>
#include <vector>

namespace {

constexpr std::int64_t kUserCache = 20;  // pages: far less than the key's B-tree at the end
constexpr std::size_t kBatch = 1000;
constexpr int kRows = 20'000;

std::int64_t pragmaCacheSize(sqlite3* db)
{
    sqlite3_stmt* query = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "PRAGMA cache_size", -1, &query, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(query) == SQLITE_ROW);
    const std::int64_t size = sqlite3_column_int64(query, 0);
    sqlite3_finalize(query);
    return size;
}

// Writes kRows rows keyed by key(i) into a file-backed table with a text primary key, a batch at a time, telling
// the cache after each; returns the cache size PRAGMA cache_size reads at the end of the load.
std::int64_t load(const std::function<std::string(int)>& key, std::int64_t wantedKib = 64 * 1024, std::int64_t userCache = kUserCache)
{
    QTemporaryDir dir;
    SqliteTestDb file(dir.filePath("cache.db").toStdString());
    file.exec("CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER)");
    file.exec("PRAGMA cache_size = " + std::to_string(userCache));
    file.exec("BEGIN");
    ss::seed::SqliteLoadCache cache;
    REQUIRE(cache.start(file.db, userCache, 4096, wantedKib).empty());
    CHECK(pragmaCacheSize(file.db) == userCache);
    sqlite3_stmt* insert = nullptr;
    REQUIRE(sqlite3_prepare_v2(file.db, "INSERT INTO t VALUES (?, ?)", -1, &insert, nullptr) == SQLITE_OK);
    for (int i = 0; i < kRows; ++i) {
        const std::string text = key(i);
        sqlite3_bind_text(insert, 1, text.c_str(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(insert, 2, i);
        REQUIRE(sqlite3_step(insert) == SQLITE_DONE);
        sqlite3_reset(insert);
        if ((i + 1) % kBatch == 0)
            REQUIRE(cache.written(kBatch).empty());
    }
    sqlite3_finalize(insert);
    const std::int64_t size = pragmaCacheSize(file.db);
    CHECK(cache.size() == size);
    file.exec("COMMIT");
    return size;
}

std::string padded(int value, int width)
{
    std::string digits = std::to_string(value);
    return "LOAN-" + std::string(digits.size() < static_cast<std::size_t>(width) ? width - digits.size() : 0, '0') + digits;
}

}  // namespace

TEST_CASE("SQLite load cache: keys in their order keep the user's cache", "[seed][load]")
{
    CHECK(load([](int i) { return padded(i, 8); }) == kUserCache);
}

TEST_CASE("SQLite load cache: a sequence that outgrew its width sweeps through the key and keeps the user's cache", "[seed][load]")
{
    // LOAN-000..LOAN-999, then LOAN-1000.. each land just after the one before among the shorter ones.
    CHECK(load([](int i) { return padded(i, 3); }) == kUserCache);
}

TEST_CASE("SQLite load cache: keys in no order grow the cache, within the bound", "[seed][load]")
{
    std::vector<int> order(kRows);
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), std::mt19937(7));
    const auto shuffled = [&](int i) { return padded(order[static_cast<std::size_t>(i)], 8); };
    const std::int64_t grown = load(shuffled);
    CHECK(grown <= -ss::seed::SqliteLoadCache::kSqliteDefaultKib);
    CHECK(grown >= -64 * 1024);
    CHECK(load(shuffled, 500) == -500);
    // A user's cache already as large as the table stays as it is.
    CHECK(load(shuffled, 64, -1024) == -1024);
}

TEST_CASE("SQLite load cache: keys inserted at a few hundred places grow the cache only as far as those need", "[seed][load]")
{
    // A day, then a number counting up within the day: the rows of each day go in after the day's last one, so
    // the B-tree is written at one leaf per day, not all over.
    const auto dayThenNumber = [](int i) { return padded(i % 300, 3) + "/" + padded(i / 300, 6); };
    CHECK(load(dayThenNumber) == -ss::seed::SqliteLoadCache::kSqliteDefaultKib);
}
