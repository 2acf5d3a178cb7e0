#include "core/db/duckdb/duckdb_instances.h"

#ifdef SS_HAVE_DUCKDB

#include <filesystem>
#include <mutex>

namespace ss {

std::string openDuckDbInstance(const std::string& path, bool mustExist, duckdb_database& database)
{
    database = nullptr;
    std::error_code ec;
    if (mustExist && !std::filesystem::is_regular_file(path, ec))
        return "no DuckDB database at " + path + " (the file does not exist)";
    // Never destroyed: databases closed at exit would otherwise outlive the cache that hands them out.
    static const duckdb_instance_cache cache = duckdb_create_instance_cache();
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    char* error = nullptr;
    if (duckdb_get_or_create_from_cache(cache, path.c_str(), &database, nullptr, &error) == DuckDBSuccess)
        return {};
    std::string message = "cannot open the DuckDB database " + path + ": " + (error ? error : "unknown error");
    duckdb_free(error);
    database = nullptr;
    return message;
}

}  // namespace ss

#endif
