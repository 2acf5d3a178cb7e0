#pragma once

#include "core/db/database_connection.h"
#include "core/spec/diagnostic.h"
#include "core/spec/schema_model.h"

#include <string>
#include <vector>

namespace ss {

// What of `model`'s naming this database cannot hold (core/sql/dialect_names.h), asking a MySQL/MariaDB
// server whether it folds table names (lower_case_table_names). Returns an empty string, or why the server
// could not be asked.
std::string namesTheDatabaseCannotHold(DatabaseConnection& connection, const SchemaModel& model, std::vector<Diagnostic>& out);

}  // namespace ss
