#include "core/seed/load/restore/bulk_restore.h"

#include "core/seed/load/restore/mysql_restore.h"
#include "core/seed/load/restore/postgresql_restore.h"
#include "core/seed/load/restore/sqlite_restore.h"

namespace ss::seed {

std::string BulkRestore::analyze(const PlannedTable&)
{
    return {};
}

std::string BulkRestore::sideBySide(const SeedPlan&, std::vector<TableLocks>& out)
{
    out.clear();
    return {};
}

std::unique_ptr<BulkRestore> makeBulkRestore(DatabaseConnection& connection, std::string& error)
{
    switch (connection.dialect()) {
    case Dialect::Sqlite: return makeSqliteRestore(connection, error);
    case Dialect::PostgreSql: return makePostgreSqlRestore(connection, error);
    case Dialect::MySql: return makeMySqlRestore(connection);
    case Dialect::DuckDb: break;  // loads with its indexes and constraints in place
    }
    return nullptr;
}

}  // namespace ss::seed
