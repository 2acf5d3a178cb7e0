#include "core/sql/dialect.h"

#include "core/spec/schema_model.h"

namespace ss {

const char* toString(Dialect dialect)
{
    switch (dialect) {
    case Dialect::Sqlite: return "sqlite";
    case Dialect::PostgreSql: return "postgresql";
    case Dialect::MySql: return "mysql";
    case Dialect::DuckDb: return "duckdb";
    }
    return "sqlite";
}

const char* productName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::Sqlite: return "SQLite";
    case Dialect::PostgreSql: return "PostgreSQL";
    case Dialect::MySql: return "MySQL/MariaDB";
    case Dialect::DuckDb: return "DuckDB";
    }
    return "SQLite";
}

std::optional<Dialect> parseDialect(std::string_view text)
{
    const std::string name = toLower(text);
    if (name == "sqlite" || name == "sqlite3")
        return Dialect::Sqlite;
    if (name == "postgresql" || name == "postgres" || name == "pg")
        return Dialect::PostgreSql;
    if (name == "mysql" || name == "mariadb")
        return Dialect::MySql;
    if (name == "duckdb")
        return Dialect::DuckDb;
    return std::nullopt;
}

}  // namespace ss
