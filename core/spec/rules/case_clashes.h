#pragma once

#include "core/spec/rules/named_objects.h"

#include <string>
#include <vector>

namespace ss::rules {

// The dialects that fold names into one case, as bits. SQLite and DuckDB compare every identifier ignoring
// case; MySQL and MariaDB columns, indexes and constraints too, and tables and views only where the server's
// lower_case_table_names is set (Windows, macOS; Linux keeps their case). PostgreSQL keeps quoted names apart.
enum CaseFolding : unsigned { kFoldsSqlite = 1u, kFoldsDuckdb = 2u, kFoldsMysql = 4u, kFoldsMysqlTables = 8u };

// Two names of one namespace that are equal ignoring case but not exactly ("Users" and users), which the
// dialects of `foldedBy` would take for one name. Exact duplicates are not case clashes.
struct CaseClash {
    NamedObject later;
    NamedObject first;
    unsigned foldedBy = 0;

    // "table 'users' differs only in case from table 'Users' (line 4)" with "in table 'contact'" for columns.
    std::string message() const;
};

// Every case clash of the spec, in the order the later name is written.
std::vector<CaseClash> caseClashes(const SchemaModel& model);

// "SQLite, DuckDB and MySQL/MariaDB (columns, indexes, constraints)" for a warning.
std::string foldingDialectNames(unsigned foldedBy);

}  // namespace ss::rules
