#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ss {

// What SQLite's PRAGMAs do not tell about a table and only its CREATE TABLE text does: constraint names, CHECK
// expressions, AUTOINCREMENT. Column constraints are reported like table constraints over that one column.
struct SqliteConstraint {
    enum class Kind { PrimaryKey, Unique, Check, ForeignKey };
    Kind kind = Kind::Check;
    std::string name;                  // empty when the constraint is unnamed
    std::vector<std::string> columns;  // key columns; empty for a check
    std::string expression;            // the CHECK expression, verbatim
};

// A column's COLLATE clause naming another collation than SQLite's default (BINARY).
struct SqliteCollation {
    std::string column;
    std::string collation;
};

struct SqliteTableSql {
    bool autoincrement = false;
    std::vector<SqliteConstraint> constraints;
    std::vector<SqliteCollation> collations;
};

SqliteTableSql parseSqliteCreateTable(std::string_view sql);

// The SELECT of a CREATE VIEW statement, verbatim.
std::string sqliteViewSelect(std::string_view sql);

}  // namespace ss
