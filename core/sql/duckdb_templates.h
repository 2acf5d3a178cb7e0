#pragma once

#include "core/sql/sql_templates.h"

namespace ss {

// DuckDB 1.4. Columns alter in place only on a table with no index and no foreign key pointing at it; keys,
// uniques, checks and foreign keys cannot be added or dropped at all: those changes rebuild the table
// (core/sql/rebuilding_renderer.h). Constraint names are not kept by DuckDB; foreign keys take no actions.
inline constexpr SqlTemplates kDuckDbTemplates = {
    .createTable = "CREATE TABLE {table} (\n{body}\n){options}",
    .dropTable = "DROP TABLE {table}",
    .renameTable = "ALTER TABLE {old} RENAME TO {table}",
    .addColumn = "ALTER TABLE {table} ADD COLUMN {column_def}",
    .dropColumn = "ALTER TABLE {table} DROP COLUMN {column}",
    .renameColumn = "ALTER TABLE {table} RENAME COLUMN {old} TO {column}",
    .alterColumnType = "ALTER TABLE {table} ALTER COLUMN {column} SET DATA TYPE {type}",
    .setNotNull = "ALTER TABLE {table} ALTER COLUMN {column} SET NOT NULL",
    .dropNotNull = "ALTER TABLE {table} ALTER COLUMN {column} DROP NOT NULL",
    .setDefault = "ALTER TABLE {table} ALTER COLUMN {column} SET DEFAULT {default}",
    .dropDefault = "ALTER TABLE {table} ALTER COLUMN {column} DROP DEFAULT",
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
    .replaceView = "CREATE OR REPLACE VIEW {view} AS\n{sql}",
    .dropView = "DROP VIEW {view}",
    .commentTable = "COMMENT ON TABLE {table} IS {comment}",
    .commentColumn = "COMMENT ON COLUMN {table}.{column} IS {comment}",
    .commentView = "COMMENT ON VIEW {view} IS {comment}",
    .addIdentity = "",
    .dropIdentity = "",
    .primaryKeyClause = "PRIMARY KEY ({columns})",
    .uniqueClause = "CONSTRAINT {name} UNIQUE ({columns})",
    .checkClause = "CONSTRAINT {name} CHECK ({expression})",
    .foreignKeyClause = "CONSTRAINT {name} FOREIGN KEY ({columns}) REFERENCES {ref_table} ({ref_columns}){actions}",
    .columnComment = "",
    .tableOptions = "",
    .tableCommentOption = "",
    // DuckDB has no partitioning.
    .partitionClause = "",
    .defaultPartition = "",
    .hashPartition = "",
};

// Generated keys: DuckDB has no identity columns; a sequence per key column feeds its default.
inline constexpr std::string_view kDuckDbSequenceName = "{table}_{column}_seq";
inline constexpr std::string_view kDuckDbCreateSequence = "CREATE SEQUENCE IF NOT EXISTS {sequence}";
inline constexpr std::string_view kDuckDbNextValue = " DEFAULT nextval({sequence_literal})";

// The rebuild (DuckDbRenderer::rebuildStatements): rows wait in a temporary copy while the tables are recreated.
inline constexpr std::string_view kDuckDbStashName = "_dbx_old_{table}";
inline constexpr std::string_view kDuckDbStash = "CREATE TEMPORARY TABLE {stash} AS SELECT * FROM {table}";
inline constexpr std::string_view kDuckDbRefill = "INSERT INTO {table} ({columns})\n  SELECT {sources} FROM {stash}";

}  // namespace ss
