#include "core/db/server_version.h"

#include "core/db/sql_exec.h"

#include <QSqlQuery>

namespace ss {

std::string serverVersion(DatabaseConnection& connection, std::string& out)
{
    QSqlQuery query(connection.db());
    const Dialect dialect = connection.dialect();
    // SQLite opens files lazily: reading the catalog is what shows that a file is not a database at all.
    const QString sql = dialect == Dialect::Sqlite       ? QStringLiteral("SELECT sqlite_version(), (SELECT count(*) FROM sqlite_master)")
                        : dialect == Dialect::PostgreSql ? QStringLiteral("SHOW server_version")
                        : dialect == Dialect::DuckDb     ? QStringLiteral("SELECT library_version FROM pragma_version()")
                                                         : QStringLiteral("SELECT VERSION()");
    if (std::string e = execBound(query, sql, {}, "reading the server version"); !e.empty())
        return e;
    if (!query.next())
        return "reading the server version: the query returned no row";
    const std::string version = query.value(0).toString().toStdString();
    if (dialect == Dialect::Sqlite)
        out = "SQLite " + version;
    else if (dialect == Dialect::DuckDb)
        out = "DuckDB " + version;
    else if (dialect == Dialect::PostgreSql)
        out = "PostgreSQL " + version;
    else if (const auto mariadb = version.find("-MariaDB"); mariadb != std::string::npos)
        out = "MariaDB " + version.substr(0, mariadb);
    else
        out = "MySQL " + version;
    return {};
}

}  // namespace ss
