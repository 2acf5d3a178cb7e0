#pragma once

#include "core/sql/sql_templates.h"

namespace ss {

// MySQL and MariaDB, kept to what TiDB also accepts: one change per ALTER TABLE, MODIFY COLUMN with the whole
// column definition, InnoDB tables in utf8mb4.
inline constexpr SqlTemplates kMySqlTemplates = {
    .createTable = "CREATE TABLE {table} (\n{body}\n){options}",
    .dropTable = "DROP TABLE {table}",
    .renameTable = "RENAME TABLE {old} TO {table}",
    .addColumn = "ALTER TABLE {table} ADD COLUMN {column_def}",
    .dropColumn = "ALTER TABLE {table} DROP COLUMN {column}",
    .renameColumn = "ALTER TABLE {table} RENAME COLUMN {old} TO {column}",
    .alterColumnType = "ALTER TABLE {table} MODIFY COLUMN {column_def}",
    .setNotNull = "ALTER TABLE {table} MODIFY COLUMN {column_def}",
    .dropNotNull = "ALTER TABLE {table} MODIFY COLUMN {column_def}",
    .setDefault = "ALTER TABLE {table} MODIFY COLUMN {column_def}",
    .dropDefault = "ALTER TABLE {table} MODIFY COLUMN {column_def}",
    .dropPrimaryKey = "ALTER TABLE {table} DROP PRIMARY KEY",
    .addPrimaryKey = "ALTER TABLE {table} ADD PRIMARY KEY ({columns})",
    .createIndex = "CREATE INDEX {name} ON {table} ({columns})",
    .createUniqueIndex = "CREATE UNIQUE INDEX {name} ON {table} ({columns})",
    .dropIndex = "DROP INDEX {name} ON {table}",
    .addConstraint = "ALTER TABLE {table} ADD {clause}",
    .dropUnique = "ALTER TABLE {table} DROP INDEX {name}",
    .dropCheck = "ALTER TABLE {table} DROP CONSTRAINT {name}",
    .dropForeignKey = "ALTER TABLE {table} DROP FOREIGN KEY {name}",
    .createView = "CREATE VIEW {view} AS\n{sql}",
    .replaceView = "CREATE OR REPLACE VIEW {view} AS\n{sql}",
    .dropView = "DROP VIEW {view}",
    .commentTable = "ALTER TABLE {table} COMMENT = {comment}",
    .commentColumn = "ALTER TABLE {table} MODIFY COLUMN {column_def}",
    .addIdentity = "",  // AUTO_INCREMENT is part of the column definition MODIFY COLUMN writes
    .dropIdentity = "",
    .primaryKeyClause = "PRIMARY KEY ({columns})",
    .uniqueClause = "CONSTRAINT {name} UNIQUE ({columns})",
    .checkClause = "CONSTRAINT {name} CHECK ({expression})",
    .foreignKeyClause = "CONSTRAINT {name} FOREIGN KEY ({columns}) REFERENCES {ref_table} ({ref_columns}){actions}",
    .columnComment = " COMMENT {comment}",
    .tableOptions = " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4{comment_option}",
    .tableCommentOption = " COMMENT={comment}",
    // InnoDB (and TiDB) cannot partition a table that has or is referenced by foreign keys, which facts have.
    .partitionClause = "",
    .defaultPartition = "",
    .hashPartition = "",
};

}  // namespace ss
