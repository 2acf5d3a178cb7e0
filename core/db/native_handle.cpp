#include "core/db/native_handle.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace ss {

sqlite3* sqliteHandle(DatabaseConnection& connection)
{
    const QVariant handle = connection.db().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

pg_conn* postgresHandle(DatabaseConnection& connection)
{
    const QVariant handle = connection.db().driver()->handle();
    // PGconn is a typedef of struct pg_conn: Qt registers the handle under either name.
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    PGconn* conn = *static_cast<PGconn* const*>(handle.constData());
    return conn && PQstatus(conn) == CONNECTION_OK ? conn : nullptr;
}

_duckdb_connection* duckDbHandle(DatabaseConnection& connection)
{
    const QVariant handle = connection.db().driver()->handle();
    // Qt names the type after the pointer behind the typedef, or after the typedef where it was registered so.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "_duckdb_connection*") != 0 && qstrcmp(handle.typeName(), "duckdb_connection") != 0))
        return nullptr;
    return *static_cast<_duckdb_connection* const*>(handle.constData());
}

}  // namespace ss
