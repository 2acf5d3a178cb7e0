#pragma once

#include "core/seed/row_batch.h"

#include <string>

namespace ss::seed {

// The tab-separated text that PostgreSQL's COPY ... FROM STDIN (text format) and MySQL's LOAD DATA read with
// their default settings: one line per row, \N for NULL, and backslash escapes for backslash, tab, newline and
// carriage return inside values. The dialects differ in how they spell booleans, binary data and time zones.
enum class TextDialect {
    PostgreSql,  // booleans t/f, bytea as \x hex, TIMESTAMPTZ with +00
    MySql,       // booleans 1/0, blobs as plain hex (the LOAD statement UNHEXes them), no time zone
};

// Appends rows [first, first + count) of `batch` to `out`.
void appendDelimitedRows(std::string& out, const RowBatch& batch, std::size_t first, std::size_t count, TextDialect dialect);

}  // namespace ss::seed
