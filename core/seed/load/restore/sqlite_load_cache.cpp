#include "core/seed/load/restore/sqlite_load_cache.h"

#include <sqlite3.h>

#include <algorithm>

namespace ss::seed {

std::string setPageCacheSize(sqlite3* db, std::int64_t size)
{
    const std::string sql = "PRAGMA cache_size = " + std::to_string(size);
    char* message = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    std::string error = "setting the page cache size failed: " + std::string(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return error;
}

std::string SqliteLoadCache::start(sqlite3* db, std::int64_t userSize, std::int64_t pageSize, std::int64_t wantedKib)
{
    m_db = db;
    m_kib = userSize < 0 ? -userSize : userSize * pageSize / 1024;
    m_limitKib = std::min(wantedKib, kMaxKib);
    if (std::string error = setPageCacheSize(db, userSize); !error.empty())
        return error;
    m_size = userSize;
    // What setting the table aside read (the parents' keys, the catalog) is not the rows' doing.
    std::string error;
    readBack(error);
    return error;
}

std::string SqliteLoadCache::written(std::size_t rows)
{
    if (m_kib >= m_limitKib)
        return {};
    std::string error;
    const std::int64_t pages = readBack(error);
    if (!error.empty() || pages * static_cast<std::int64_t>(kRowsPerReadBack) <= static_cast<std::int64_t>(rows))
        return error;
    const std::int64_t kib = std::min(std::max(m_kib * 2, kSqliteDefaultKib), m_limitKib);
    if (error = setPageCacheSize(m_db, -kib); error.empty()) {
        m_size = -kib;
        m_kib = kib;
    }
    return error;
}

// The pages read from the file since the last call: SQLite counts a cache miss only for a page it reads, not for a
// new page it appends.
std::int64_t SqliteLoadCache::readBack(std::string& error)
{
    int current = 0;
    int highest = 0;
    if (sqlite3_db_status(m_db, SQLITE_DBSTATUS_CACHE_MISS, &current, &highest, 1) != SQLITE_OK) {
        error = std::string("reading the page cache's misses failed: ") + sqlite3_errmsg(m_db);
        return 0;
    }
    return current;
}

}  // namespace ss::seed
