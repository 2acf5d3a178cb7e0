#include "core/seed/load/restore/sqlite_reader.h"

namespace ss::seed {

SqliteStatement SqliteReader::prepare(const std::string& sql, const std::vector<std::string>& texts, const std::string& purpose)
{
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.c_str(), static_cast<int>(sql.size()), &raw, nullptr) != SQLITE_OK) {
        fail(purpose);
        return nullptr;
    }
    SqliteStatement statement(raw);
    for (std::size_t i = 0; i < texts.size(); ++i)
        sqlite3_bind_text(raw, static_cast<int>(i + 1), texts[i].c_str(), static_cast<int>(texts[i].size()), SQLITE_TRANSIENT);
    return statement;
}

bool SqliteReader::row(sqlite3_stmt* statement, const std::string& purpose)
{
    const int rc = sqlite3_step(statement);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        fail(purpose);
    return rc == SQLITE_ROW;
}

std::string SqliteReader::text(sqlite3_stmt* statement, int column)
{
    const unsigned char* value = sqlite3_column_text(statement, column);
    return value ? reinterpret_cast<const char*>(value) : std::string();
}

void SqliteReader::fail(const std::string& purpose)
{
    if (m_error.empty())
        m_error = purpose + ": " + sqlite3_errmsg(m_db);
}

}  // namespace ss::seed
