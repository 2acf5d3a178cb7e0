#include "core/db/apply/backup.h"

#include <catch2/catch.hpp>

using namespace ss;

TEST_CASE("Backup copies are named for the migration and the table, within PostgreSQL's identifier limit",
          "[apply][backup]")
{
    CHECK(backupTableName("0002_trim", "old_orders") == "dbx_backup_0002_trim_old_orders");
    CHECK(backupTableName("2024-06 Drop Legacy", "t") == "dbx_backup_2024_06_drop_legacy_t");

    const std::string table(60, 'x');
    const std::string a = backupTableName("0003_long_migration_name", table);
    const std::string b = backupTableName("0004_long_migration_name", table);
    CHECK(a.size() == 63);
    CHECK(a.rfind("dbx_backup_", 0) == 0);
    CHECK(a != b);
    CHECK(a == backupTableName("0003_long_migration_name", table));
}
