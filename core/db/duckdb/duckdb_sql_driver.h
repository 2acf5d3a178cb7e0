#pragma once

namespace ss {

// DuckDB as a Qt SQL driver named "QDUCKDB", so that every part of core that speaks QSqlDatabase (apply, the
// ledger, inspection, seeding, reports, the run log) reaches DuckDB as it reaches the other three. Registered on
// demand (DatabaseConnection does it before opening a DuckDB URL); does nothing in a build without DuckDB. The driver's handle() is the connection's duckdb_connection.
inline constexpr const char* kDuckDbDriverName = "QDUCKDB";
void registerDuckDbSqlDriver();
bool duckDbBuiltIn();  // false in a build without DuckDB

}  // namespace ss
