#pragma once

#include "core/db/database_connection.h"

struct sqlite3;
struct pg_conn;
struct _duckdb_connection;

namespace ss {

// The driver's own connection under an open QSqlDatabase, for what Qt Sql does not offer (SQLite's backup API
// and progress handler, PostgreSQL's COPY, DuckDB's Appender). nullptr when the connection is of another driver or not open.
// Statements sent through it share the connection's transaction with the QSqlQuery objects on it.
sqlite3* sqliteHandle(DatabaseConnection& connection);
pg_conn* postgresHandle(DatabaseConnection& connection);
_duckdb_connection* duckDbHandle(DatabaseConnection& connection);  // a duckdb_connection

}  // namespace ss
