#pragma once

#include "core/seed/row_batch.h"

#include <cstdint>
#include <string_view>

namespace ss::seed {

// Stores a generated number as the column holds it: rounded to an integer or to the decimal's scale and kept
// inside the type's range; formatted for a text column; non-zero as true for a boolean.
void storeNumber(ColumnBuffer& out, std::size_t i, double value);

// Half away from zero, like llround, without the library call; callers keep v inside the int64 range.
inline std::int64_t roundToInt(double v)
{
    return v >= 0 ? static_cast<std::int64_t>(v + 0.5) : -static_cast<std::int64_t>(0.5 - v);
}

// storeNumber for the columns numbers mostly go to, inlined into the generators' loops.
inline void storeNumberFast(ColumnBuffer& out, std::size_t i, double value, double scaleFactor)
{
    const ColumnShape& s = out.shape;
    if ((s.kind == ValueKind::Integer || s.kind == ValueKind::Decimal) && value == value) {
        const double v = value < s.minimum ? s.minimum : (value > s.maximum ? s.maximum : value);
        out.ints[i] = roundToInt(v * scaleFactor);
        return;
    }
    storeNumber(out, i, value);
}

// 10^scale of a decimal column, 1 for everything else.
double scaleFactorOf(const ColumnShape& shape);

// Stores a day (days since 1970-01-01) in a date, timestamp (midnight) or text column.
void storeDay(ColumnBuffer& out, std::size_t i, std::int64_t days);
// Stores an instant (microseconds since the epoch) in a timestamp, date (its day) or text column.
void storeInstant(ColumnBuffer& out, std::size_t i, std::int64_t micros);

// Closes text value i, which the caller has just appended, so that it ends with `suffix` and still fits the
// column: the part before the suffix is cut instead. Keeps values made unique by their suffix unique.
void closeWithSuffix(ColumnBuffer& out, std::size_t i, std::string_view suffix);

// Appends the decimal digits of a row's 1-based number, the suffix that makes a generated value unique.
void appendRowNumber(std::string& out, std::int64_t row);


// A value of a batch column as a number in the column's own unit: integers and decimals as their value,
// booleans 0/1, dates in days, times and timestamps in microseconds; text that is not a number reads as 0.
double readNumber(const ColumnBuffer& column, std::size_t i);

// Parses a value written in a profile (a categorical value) into position i of a column of the buffer's kind.
// Returns false with a message when the text is not a value of that kind.
bool storeLiteral(ColumnBuffer& out, std::size_t i, std::string_view text, std::string& error);

}  // namespace ss::seed
