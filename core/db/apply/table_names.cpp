#include "core/db/apply/table_names.h"

#include "core/db/database_connection.h"
#include "core/db/sql_exec.h"
#include "core/spec/schema_model.h"

namespace ss {

std::string readTableNames(QSqlDatabase& db, Dialect dialect, std::set<std::string>& out)
{
    QString sql;
    switch (dialect) {
    case Dialect::Sqlite: sql = "SELECT name FROM sqlite_master WHERE type = 'table'"; break;
    case Dialect::PostgreSql:
        sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
              "AND table_type = 'BASE TABLE'";
        break;
    case Dialect::MySql:
        sql = "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
              "AND TABLE_TYPE = 'BASE TABLE'";
        break;
    case Dialect::DuckDb:
        sql = "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
              "AND schema_name = current_schema() AND NOT temporary";
        break;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (std::string error = execBound(q, sql, {}, "listing the tables"); !error.empty())
        return error;
    while (q.next())
        out.insert(toLower(q.value(0).toString().toStdString()));
    return {};
}

}  // namespace ss
