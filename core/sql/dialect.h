#pragma once

#include <optional>
#include <string_view>

namespace ss {

enum class Dialect { Sqlite, PostgreSql, MySql, DuckDb };

const char* toString(Dialect dialect);  // "sqlite", "postgresql", "mysql", "duckdb"
const char* productName(Dialect dialect);  // "SQLite", "PostgreSQL", "MySQL/MariaDB", "DuckDB": for people
// Accepts the names above and the usual aliases (postgres, pg, mariadb); case-insensitive.
std::optional<Dialect> parseDialect(std::string_view text);

}  // namespace ss
