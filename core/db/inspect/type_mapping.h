#pragma once

#include "core/spec/schema_model.h"

#include <optional>
#include <string>

namespace ss {

// Catalog type names back to the portable types the renderers write (sql/<dialect>_renderer.cpp), so that
// inspect -> render -> inspect is the identity. A type with no portable equivalent stays verbatim
// (DataType::nativeType), which the validator flags as `native-type`.
DataType postgreSqlType(const std::string& formatted);          // format_type() output
DataType mySqlType(const std::string& columnType);              // information_schema.COLUMNS.COLUMN_TYPE
DataType sqliteType(const std::string& declared);               // the declared type, as PRAGMA table_info has it
DataType duckDbType(const std::string& dataType);               // duckdb_columns().data_type

// What a default expression as the catalog prints it means. A column default the model cannot distinguish
// from "no default" (MySQL's NULL) gives nullopt.
// `columnType` is the column's format_type(): a literal cast to another type stays an expression.
std::optional<DefaultValue> postgreSqlDefault(const std::string& expression, const std::string& columnType);
// MariaDB quotes string literals in COLUMN_DEFAULT; MySQL 8 does not and marks expressions DEFAULT_GENERATED.
std::optional<DefaultValue> mySqlDefault(const std::string& columnDefault, bool isNull, bool quotedLiterals,
                                         bool expression);
std::optional<DefaultValue> sqliteDefault(const std::string& expression, bool isNull);
// DuckDB prints defaults as it parsed them: literals as SQLite would, booleans as CAST('t' AS BOOLEAN).
std::optional<DefaultValue> duckDbDefault(const std::string& expression, bool isNull);

// "(a + b)", but not "(a) + (b)".
bool wrappedInParentheses(const std::string& text);

// A CHECK expression as pg_get_constraintdef printed it, in the form PostgreSQL prints back once it is parsed
// again (see postgresql_mapping.cpp).
std::string canonicalCheckExpression(const std::string& expression);

// PostgreSQL serial columns take their values from nextval(...): the model calls that an identity column.
bool isSequenceDefault(const std::string& expression);

// A single-quoted SQL string literal ('it''s') at the start of `text`: its content, and where it ends.
// nullopt when `text` does not start with one.
std::optional<std::string> quotedLiteral(const std::string& text, std::size_t& end, bool backslashEscapes);

}  // namespace ss
