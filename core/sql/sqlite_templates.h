#pragma once

#include "core/sql/sql_templates.h"

namespace ss {

// SQLite alters little in place (rename, add and drop column, indexes, views); everything else goes through the
// table rebuild below, the procedure of https://www.sqlite.org/lang_altertable.html#otheralter.
inline constexpr SqlTemplates kSqliteTemplates = {
    .createTable = "CREATE TABLE {table} (\n{body}\n){options}",
    .dropTable = "DROP TABLE {table}",
    .renameTable = "ALTER TABLE {old} RENAME TO {table}",
    .addColumn = "ALTER TABLE {table} ADD COLUMN {column_def}",
    .dropColumn = "ALTER TABLE {table} DROP COLUMN {column}",
    .renameColumn = "ALTER TABLE {table} RENAME COLUMN {old} TO {column}",
    .alterColumnType = "",
    .setNotNull = "",
    .dropNotNull = "",
    .setDefault = "",
    .dropDefault = "",
    .dropPrimaryKey = "",
    .addPrimaryKey = "",
    .createIndex = "CREATE INDEX {name} ON {table} ({columns})",
    .createUniqueIndex = "CREATE UNIQUE INDEX {name} ON {table} ({columns})",
    .dropIndex = "DROP INDEX {name}",
    .addConstraint = "",
    .dropUnique = "",
    .dropCheck = "",
    .dropForeignKey = "",
    .createView = "CREATE VIEW {view} AS\n{sql}",
    .replaceView = "",
    .dropView = "DROP VIEW {view}",
    .commentTable = "",
    .commentColumn = "",
    .addIdentity = "",
    .dropIdentity = "",
    .primaryKeyClause = "PRIMARY KEY ({columns})",
    .uniqueClause = "CONSTRAINT {name} UNIQUE ({columns})",
    .checkClause = "CONSTRAINT {name} CHECK ({expression})",
    .foreignKeyClause = "CONSTRAINT {name} FOREIGN KEY ({columns}) REFERENCES {ref_table} ({ref_columns}){actions}",
    .columnComment = "",
    .tableOptions = "",
    .tableCommentOption = "",
    // SQLite has no partitioning.
    .partitionClause = "",
    .defaultPartition = "",
    .hashPartition = "",
};

// The frame of a rebuild (core/sql/rebuilding_renderer.cpp holds steps 4 to 8 of the procedure).
struct SqliteRebuildTemplates {
    std::string_view foreignKeysOff;
    std::string_view foreignKeyCheck;
    std::string_view foreignKeysOn;
};

inline constexpr SqliteRebuildTemplates kSqliteRebuild = {
    .foreignKeysOff = "PRAGMA foreign_keys = OFF",
    .foreignKeyCheck = "PRAGMA foreign_key_check",
    .foreignKeysOn = "PRAGMA foreign_keys = ON",
};

}  // namespace ss
