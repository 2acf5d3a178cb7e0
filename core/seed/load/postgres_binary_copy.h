#pragma once

#include "core/seed/row_batch.h"

#include <optional>
#include <string>
#include <vector>

namespace ss::seed {

// PostgreSQL's binary COPY format for the column types whose wire form we write ourselves. The server then reads
// each value with the type's receive function instead of parsing its text: numeric_in, date_in and the integer
// parsers were 43% of the server's COPY time for the demo's fact. Any other type (domains, enums, arrays, json,
// uuid, ...) leaves its table to the text format.
enum class BinaryColumnType { Int2, Int4, Int8, Float4, Float8, Numeric, Bool, Date, Time, Timestamp, TimestampTz, Text, Bytea };

// The wire form for a column of PostgreSQL type `oid` holding `kind` values; nullopt when we do not write it.
std::optional<BinaryColumnType> binaryColumnType(unsigned oid, const ColumnShape& shape);

// The file header, every tuple, and the trailer that ends the data.
void appendBinaryHeader(std::string& out);
void appendBinaryRows(std::string& out, const RowBatch& batch, std::size_t first, std::size_t count, const std::vector<BinaryColumnType>& types);
void appendBinaryTrailer(std::string& out);

// A DECIMAL's value (`unscaled` / 10^scale) as numeric's receive function reads it: digits in base 10000 with
// the weight of the first, sign, display scale.
void appendBinaryNumeric(std::string& out, std::int64_t unscaled, int scale);

}  // namespace ss::seed
