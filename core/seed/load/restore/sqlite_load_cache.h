#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

struct sqlite3;

namespace ss::seed {

// PRAGMA cache_size = size on the connection.
std::string setPageCacheSize(sqlite3* db, std::int64_t size);

// The page cache one table's rows load with, chosen by what the rows do rather than guessed from their generators.
// Rows whose keys arrive in their order, or sweep through it (a sequence that outgrew its zero-padded width), only
// touch the pages at the insertion points: a cache larger than the user's then only costs memory to fault in (the
// demo's fact at x10, its rows written from memory: 0.55-0.58 s with 2 MiB, 0.65-0.78 s with 43 MiB). Rows whose
// keys land elsewhere read back pages the cache let go, each one read from the file and written out a second time:
// while a batch reads back more than one page per kRowsPerReadBack rows, the cache doubles, so that it stops at what
// the insertion points need (the demo's snapshots, keyed by a day then a loan, insert at one place per day) and
// holds a key of random values whole, up to a bound that keeps a load's memory flat however many rows it writes.
class SqliteLoadCache {
public:
    static constexpr std::size_t kRowsPerReadBack = 32;
    static constexpr std::int64_t kMaxKib = 256 * 1024;
    // The first step grows a smaller cache to at least SQLite's default.
    static constexpr std::int64_t kSqliteDefaultKib = 2000;

    // Inside the table's transaction, before its first row: the user's cache (`userSize` as PRAGMA cache_size
    // reads it, with the file's `pageSize`), to grow up to `wantedKib` (bounded by kMaxKib) if the rows call for it.
    std::string start(sqlite3* db, std::int64_t userSize, std::int64_t pageSize, std::int64_t wantedKib);
    // After each written batch of `rows` rows.
    std::string written(std::size_t rows);
    // The cache the table's rows are loading with now, as PRAGMA cache_size takes it.
    std::int64_t size() const { return m_size; }

private:
    std::int64_t readBack(std::string& error);

    sqlite3* m_db = nullptr;
    std::int64_t m_size = 0;
    std::int64_t m_kib = 0;       // the cache now, in KiB
    std::int64_t m_limitKib = 0;  // as far as it may grow
};

}  // namespace ss::seed
