#pragma once

#include "core/spec/diagnostic.h"
#include "core/spec/schema_model.h"
#include "core/sql/dialect.h"

#include <vector>

namespace ss {

// What of the spec's naming `dialect` cannot hold, found when a spec is planned or applied for it:
// - errors for names that differ only in case where the dialect takes them for one name (SQLite and DuckDB
//   fold every name, MySQL/MariaDB columns, indexes and constraints, and tables and views too when the
//   server's lower_case_table_names is set): the database would refuse or merge them;
// - errors for two tables of one name in different PostgreSQL schemas on a dialect without schemas, and a
//   warning for each table whose `schema:` such a dialect ignores.
// The validator warns about case clashes whatever the dialect; these make them errors once it is known.
std::vector<Diagnostic> namesTheDialectCannotHold(const SchemaModel& model, Dialect dialect,
                                                  bool mysqlFoldsTableNames = false);

}  // namespace ss
