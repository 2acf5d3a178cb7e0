#pragma once

#include "core/db/duckdb/duckdb_session.h"

#ifdef SS_HAVE_DUCKDB
#include <duckdb.h>
#endif

namespace ss {

// The C API's handles of a session, for the parts of core that talk to DuckDB directly (the Appender).
struct DuckDbSession::Handles {
#ifdef SS_HAVE_DUCKDB
    duckdb_database database = nullptr;
    duckdb_connection connection = nullptr;
#endif
};

}  // namespace ss
