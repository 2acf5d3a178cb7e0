#pragma once

#include "core/seed/row_batch.h"

#include <cstdint>
#include <string>

namespace ss::seed {

// Text forms of batch values that every database reads back as the same value: what the PostgreSQL COPY
// encoder and the MySQL INSERT writer append, and what `dbx seed --dry-run` shows. They append to `out`, so a
// caller reusing one buffer formats without allocating.
void appendInteger(std::string& out, std::int64_t value);
void appendZeroPadded(std::string& out, std::int64_t value, int width);  // 42, 5 -> "00042"
void appendBase36Padded(std::string& out, std::int64_t value, int width);  // 71, 4 -> "001Z"; below 0 as 0
void appendDecimal(std::string& out, std::int64_t unscaled, int scale);  // 12345, 2 -> "123.45"
void appendReal(std::string& out, double value);                         // shortest text that reads back exactly
void appendDate(std::string& out, std::int64_t days);                    // "2024-03-31"
void appendTimeOfDay(std::string& out, std::int64_t micros);             // "08:30:00" (".250000" when fractional)
void appendTimestamp(std::string& out, std::int64_t micros);             // "2024-03-31 08:30:00"
void appendHex(std::string& out, std::string_view bytes);                // lower-case hex digits

// Value i of a column (which must not be NULL): booleans as true/false, blobs as hex, timestamps of a
// TIMESTAMPTZ column with "+00".
void appendValue(std::string& out, const ColumnBuffer& column, std::size_t i);

}  // namespace ss::seed
