#include "core/seed/load/bulk_loader.h"

#include "core/seed/load/duckdb_loader.h"
#include "core/seed/load/mysql_loader.h"
#include "core/seed/load/postgresql_loader.h"
#include "core/seed/load/sqlite_loader.h"

namespace ss::seed {

std::unique_ptr<BulkLoader> makeBulkLoader(DatabaseConnection& connection, const LoaderOptions& options, std::string& error)
{
    switch (connection.dialect()) {
    case Dialect::Sqlite: return makeSqliteLoader(connection, error);
    case Dialect::PostgreSql: return makePostgreSqlLoader(connection, error);
    case Dialect::MySql: return makeMySqlLoader(connection, options, error);
    case Dialect::DuckDb: return makeDuckDbLoader(connection, error);
    }
    error = "no bulk loader for this database";
    return nullptr;
}

}  // namespace ss::seed
