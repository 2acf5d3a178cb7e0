#pragma once

#include <optional>
#include <string_view>

namespace ss {

enum class Dialect { Sqlite, PostgreSql, MySql, DuckDb };

const char* toString(Dialect dialect);  // "sqlite", "postgresql", "mysql", "duckdb"
// Accepts the names above and the usual aliases (postgres, pg, mariadb); case-insensitive.
std::optional<Dialect> parseDialect(std::string_view text);

}  // namespace ss
