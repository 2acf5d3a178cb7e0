#pragma once

#include "core/db/sqlite_statement.h"

#include <string>
#include <vector>

namespace ss::seed {

// Catalog and row queries on SQLite's own handle for the restore's proofs, keeping the first failure (an interrupt
// included) with what was being done.
class SqliteReader {
public:
    explicit SqliteReader(sqlite3* db) : m_db(db) {}

    // Prepares `sql` with `texts` bound in order; nullptr with error() set when SQLite refuses it.
    SqliteStatement prepare(const std::string& sql, const std::vector<std::string>& texts, const std::string& purpose);
    // sqlite3_step: true for a row; a failure is recorded against `purpose`.
    bool row(sqlite3_stmt* statement, const std::string& purpose);
    static std::string text(sqlite3_stmt* statement, int column);

    const std::string& error() const { return m_error; }

private:
    void fail(const std::string& purpose);

    sqlite3* m_db;
    std::string m_error;
};

}  // namespace ss::seed
