#include "core/seed/load/restore/bulk_restore.h"

#include "core/seed/load/restore/sqlite_restore.h"

namespace ss::seed {

std::string BulkRestore::analyze(const PlannedTable&)
{
    return {};
}

std::unique_ptr<BulkRestore> makeBulkRestore(DatabaseConnection& connection, std::string& error)
{
    switch (connection.dialect()) {
    case Dialect::Sqlite: return makeSqliteRestore(connection, error);
    case Dialect::PostgreSql:
    case Dialect::MySql: break;
    }
    return nullptr;
}

}  // namespace ss::seed
