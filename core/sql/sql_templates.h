#pragma once

#include <string_view>

namespace ss {

// Every SQL text shape of one dialect, one statement or clause each, filled by fillTemplate. Placeholders:
// {table} {old} {column} {type} {column_def} {default} {name} {columns} {ref_table} {ref_columns} {actions}
// {expression} {view} {sql} {comment} {body} {options} {table_literal}. All identifiers arrive quoted.
// An empty template means the dialect needs no statement (or renders the operation its own way); a template
// holding several statements separates them with a blank line.
struct SqlTemplates {
    std::string_view createTable;      // {table} {body} {options}
    std::string_view dropTable;        // {table}
    std::string_view renameTable;      // {old} {table}
    std::string_view addColumn;        // {table} {column_def}
    std::string_view dropColumn;       // {table} {column}
    std::string_view renameColumn;     // {table} {old} {column}
    std::string_view alterColumnType;  // {table} {column} {type} {column_def}
    std::string_view setNotNull;       // {table} {column} {column_def}
    std::string_view dropNotNull;      // {table} {column} {column_def}
    std::string_view setDefault;       // {table} {column} {default} {column_def}
    std::string_view dropDefault;      // {table} {column} {column_def}
    std::string_view dropPrimaryKey;   // {table} {table_literal}
    std::string_view addPrimaryKey;    // {table} {columns}
    std::string_view createIndex;      // {name} {table} {columns}
    std::string_view createUniqueIndex;
    std::string_view dropIndex;        // {name} {table}
    std::string_view addConstraint;    // {table} {clause}
    std::string_view dropUnique;       // {table} {name}
    std::string_view dropCheck;        // {table} {name}
    std::string_view dropForeignKey;   // {table} {name}
    std::string_view createView;       // {view} {sql}
    std::string_view replaceView;      // {view} {sql}; empty: drop the view and create it again
    std::string_view dropView;         // {view}
    std::string_view commentTable;     // {table} {comment}
    std::string_view commentColumn;    // {table} {column} {comment} {column_def}
    std::string_view commentView;      // {view} {comment}; empty where views keep no description
    std::string_view addIdentity;      // {table} {column} {table_literal} {column_literal}
    std::string_view dropIdentity;     // {table} {column}

    // Clauses of CREATE TABLE and ADD CONSTRAINT.
    std::string_view primaryKeyClause;  // {columns}
    std::string_view uniqueClause;      // {name} {columns}
    std::string_view checkClause;       // {name} {expression}
    std::string_view foreignKeyClause;  // {name} {columns} {ref_table} {ref_columns} {actions}
    std::string_view columnComment;     // {comment}: inline column description, empty where unsupported
    std::string_view tableOptions;      // {comment_option}: after the closing parenthesis of CREATE TABLE
    std::string_view tableCommentOption;  // {comment}

    // Partitioning; empty where the dialect does not create partitions. The clause follows CREATE TABLE's
    // closing parenthesis; the partitions are what make a new partitioned table accept rows.
    std::string_view partitionClause;   // {strategy} {column}
    std::string_view defaultPartition;  // {partition} {table}: RANGE and LIST
    std::string_view hashPartition;     // {partition} {table} {modulus} {remainder}
};

}  // namespace ss
