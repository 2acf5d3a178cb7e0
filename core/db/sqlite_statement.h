#pragma once

#include <sqlite3.h>

#include <memory>

namespace ss {

// A statement prepared on SQLite's own handle, finalized when it goes.
struct SqliteStatementDeleter {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using SqliteStatement = std::unique_ptr<sqlite3_stmt, SqliteStatementDeleter>;

}  // namespace ss
