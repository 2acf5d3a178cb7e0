#pragma once

#include "core/sql/dialect.h"

#include <map>
#include <string>
#include <string_view>

namespace ss {

// Where a database is: `sqlite:///abs/path.db` (or `sqlite:relative/path.db`, resolved against the project
// folder), `duckdb:///abs/path.duckdb` (or `duckdb:relative/path.duckdb`), `postgresql://user@host:port/db`, `mysql://user@host:port/db` (`mariadb://` too). A URL never holds
// a password: it comes from the environment or a credentials file (core/db/credentials.h).
struct ConnectionUrl {
    Dialect dialect = Dialect::Sqlite;
    std::string path;      // SQLite and DuckDB: the database file, absolute
    std::string user;
    std::string host;      // empty: the client library's default (a local socket)
    int port = 0;          // 0: the dialect's default port
    std::string database;
    std::map<std::string, std::string> options;  // the few query parameters accepted (sslmode, connect_timeout)

    int effectivePort() const;
    // A database file (SQLite, DuckDB) that is not there yet; servers are never missing here.
    bool isMissingFile() const;
    // The URL in canonical form, without secrets: what error messages, logs and cache keys use.
    std::string display() const;
};

struct UrlParseResult {
    ConnectionUrl url;
    std::string error;  // why the text is not a usable URL; never repeats a password
    bool ok() const { return error.empty(); }
};

// `baseDir` resolves relative SQLite and DuckDB paths (the project folder); empty means the current directory.
UrlParseResult parseConnectionUrl(std::string_view text, const std::string& baseDir = {});

// The text with any password (user:secret@, ?password=secret) replaced by ***: the only form in which a URL
// given by a user is ever printed.
std::string redactedUrl(std::string_view text);

}  // namespace ss
