#pragma once

#include "core/db/database_connection.h"
#include "core/plan/spec_texts.h"

#include <QSqlDatabase>

#include <string>
#include <vector>

namespace ss {

// Databases keep check expressions and view SQL in their own words: PostgreSQL writes BETWEEN as >= AND <= and
// casts literals, MariaDB lower-cases and quotes every name. A live schema then never shows the text a spec
// wrote, and every plan against it would drop and re-add its checks and views. So an apply that knows its
// target spec records, per check and view, the spec's text beside the text the database made of it, in
// dbx_schema_texts; inspection gives the spec's words back wherever the database still holds exactly that text.
constexpr const char* kSchemaTextsTable = "dbx_schema_texts";

// After an apply that created or kept the checks and views in `texts`: records each with the database's
// wording of it, replacing what was recorded for the same object. SQLite keeps texts as written and records
// nothing. Returns an empty string or the error.
std::string recordSchemaTexts(DatabaseConnection& connection, const std::vector<SchemaText>& texts);

// The PostgreSQL schemas besides the current one that applied specs have had tables in (recorded as texts of
// kind "schema"): inspection reads them even once the spec names them no more, so a plan drops their tables.
// Returns an empty string or the error; `out` gets the names.
std::string managedSchemas(QSqlDatabase& db, Dialect dialect, std::vector<std::string>& out);

// Puts the recorded spec texts back into `live` where the database's wording is still the recorded one.
// Returns an empty string or the error; a database without the table has nothing to give back.
std::string restoreSchemaTexts(QSqlDatabase& db, Dialect dialect, SchemaModel& live);

}  // namespace ss
