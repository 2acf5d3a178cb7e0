#pragma once

#include "core/db/apply/migration_script.h"
#include "core/db/database_connection.h"

#include <string>
#include <vector>

namespace ss {

// The backup taken before a migration that loses data. SQLite: a copy of the whole database file, made with the
// online backup API into a file beside it. PostgreSQL and MySQL: a copy of every table that a high-risk operation
// alters or drops (CREATE TABLE dbx_backup_<migration>_<table> AS SELECT * FROM <table>), which the caller runs
// first: inside the migration's transaction on PostgreSQL, before the first statement on MySQL.
struct BackupPlan {
    std::string location;                 // what the ledger records and the user is shown
    std::vector<std::string> tables;      // PostgreSQL/MySQL: the tables copied
    std::vector<std::string> copies;      // the name of each copy
    std::vector<std::string> statements;  // PostgreSQL/MySQL: the copies, in order
};

// Writes the SQLite backup now; on success sets `location` to the backup file. Returns an empty string or the error.
std::string backupSqliteDatabase(DatabaseConnection& connection, const std::string& migrationId, std::string& location);

// The copies of the tables the migration's high-risk operations alter or drop that exist in the database.
std::string planTableBackups(DatabaseConnection& connection, const MigrationScript& script, BackupPlan& out);

// The name of the copy of `table` for `migrationId`, within the dialect's identifier length.
std::string backupTableName(const std::string& migrationId, const std::string& table);

}  // namespace ss
