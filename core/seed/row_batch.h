#pragma once

#include "core/spec/data_type.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ss::seed {

// How the values of a column are held in a batch. Integers, decimals, booleans, dates, times and timestamps are
// all 64-bit integers (see civil_time.h for the temporal units); reals are doubles; text and blobs are bytes in
// one arena per column.
enum class ValueKind { Integer, Decimal, Real, Boolean, Text, Blob, Date, Time, Timestamp };

const char* toString(ValueKind kind);

// What a column's type allows, as generators need it.
struct ColumnShape {
    ValueKind kind = ValueKind::Text;
    int scale = 0;             // Decimal: digits after the point; ints hold value × 10^scale
    int maxChars = 0;          // Text: longest value in characters, 0 when unlimited
    double minimum = 0;        // Integer and Decimal: the type's range, in the column's own units
    double maximum = 0;
    bool withTimeZone = false; // Timestamp of a TIMESTAMPTZ column
};

ColumnShape shapeOf(const DataType& type);

// One column of a batch. Buffers keep their capacity between batches, so after the first batch a producer
// fills them without allocating. Consumers read `isNull(i)` first, then the array of the column's kind.
class ColumnBuffer {
public:
    ColumnShape shape;
    std::vector<std::int64_t> ints;    // Integer, Decimal (unscaled), Boolean (0/1), Date, Time, Timestamp
    std::vector<double> reals;         // Real
    std::string bytes;                 // Text, Blob: value i is bytes[end(i-1), end(i))
    std::vector<std::uint32_t> ends;
    std::vector<std::uint8_t> nulls;   // 1 where the value is NULL

    // Sizes the buffer for `rows` values, all non-null, and empties the text arena.
    void reset(std::size_t rows);
    std::size_t size() const { return nulls.size(); }
    bool isNull(std::size_t i) const { return nulls[i] != 0; }

    std::string_view text(std::size_t i) const
    {
        const std::uint32_t begin = i == 0 ? 0 : ends[i - 1];
        return std::string_view(bytes).substr(begin, ends[i] - begin);
    }
    // Text values are written in row order: append to `bytes`, then close the value. Closing cuts it to the
    // column's length at a character boundary.
    void closeText(std::size_t i);
    void setText(std::size_t i, std::string_view value)
    {
        bytes.append(value);
        closeText(i);
    }
    // Copies value `from` of `source` (of the same kind) into position i of this buffer.
    void copyValue(std::size_t i, const ColumnBuffer& source, std::size_t from);
};

// Rows [firstRow, firstRow + rowCount) of a table, one buffer per column in the producer's column order.
struct RowBatch {
    std::int64_t firstRow = 0;
    std::size_t rowCount = 0;
    std::vector<ColumnBuffer> columns;
};

// Cuts text to at most maxChars UTF-8 characters; returns the new byte length.
std::size_t truncatedLength(std::string_view text, int maxChars);

}  // namespace ss::seed
