#pragma once

#include "core/db/connection_url.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <string>

namespace ss {

struct OpenOptions {
    bool readOnly = false;          // SQLite: open the file read-only (inspection)
    bool createFile = false;  // SQLite, DuckDB: create the file when it does not exist (apply to a new database)
    // Servers: a password the user typed for this session (the GUI's connection dialog). Used before any lookup
    // and never stored anywhere.
    std::optional<std::string> password;
};

// One open QSqlDatabase (QSQLITE, QPSQL, QMYSQL or our QDUCKDB) under a connection name of its own, removed again when the
// object goes. A QSqlDatabase may only be used from the thread that opened it: open one per thread.
class DatabaseConnection {
public:
    DatabaseConnection() = default;
    ~DatabaseConnection();
    DatabaseConnection(const DatabaseConnection&) = delete;
    DatabaseConnection& operator=(const DatabaseConnection&) = delete;

    // Returns an empty string, or why the database could not be opened: naming the host, port, database and
    // user (never the password) and where a password was looked for.
    std::string open(const ConnectionUrl& url, const OpenOptions& options = {});
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase& db() { return m_db; }
    const ConnectionUrl& url() const { return m_url; }
    Dialect dialect() const { return m_url.dialect; }

private:
    ConnectionUrl m_url;
    QString m_name;
    QSqlDatabase m_db;
};

// Parses `text` (relative SQLite paths against `baseDir`) and opens it: the one call most callers need.
std::string openDatabase(DatabaseConnection& connection, const std::string& text, const std::string& baseDir = {},
                         const OpenOptions& options = {});

}  // namespace ss
