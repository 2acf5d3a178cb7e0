#pragma once

#include <string>

#ifdef SS_HAVE_DUCKDB
#include <duckdb.h>

namespace ss {

// Opens `path` through the process's one DuckDB instance cache: DuckDB locks a file for one database instance,
// so every connection of the process to the same file (the GUI's, a worker thread's, the apply lock's) must share
// the instance. A missing file is created unless `mustExist`. Returns an empty string or why it failed; the
// database is closed with duckdb_close (the file stays open while another handle holds it).
std::string openDuckDbInstance(const std::string& path, bool mustExist, duckdb_database& database);

}  // namespace ss
#endif
