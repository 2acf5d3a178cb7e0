#include "core/seed/row_batch.h"

#include <cmath>

namespace ss::seed {

const char* toString(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Integer: return "integer";
    case ValueKind::Decimal: return "decimal";
    case ValueKind::Real: return "real";
    case ValueKind::Boolean: return "boolean";
    case ValueKind::Text: return "text";
    case ValueKind::Blob: return "blob";
    case ValueKind::Date: return "date";
    case ValueKind::Time: return "time";
    case ValueKind::Timestamp: return "timestamp";
    }
    return "?";
}

ColumnShape shapeOf(const DataType& type)
{
    ColumnShape s;
    switch (type.kind) {
    case TypeKind::SmallInt:
        s.kind = ValueKind::Integer;
        s.minimum = -32768;
        s.maximum = 32767;
        break;
    case TypeKind::Integer:
        s.kind = ValueKind::Integer;
        s.minimum = -2147483648.0;
        s.maximum = 2147483647.0;
        break;
    case TypeKind::BigInt:
        // The largest doubles that still convert to int64 without overflow.
        s.kind = ValueKind::Integer;
        s.minimum = -9.2233720368547748e18;
        s.maximum = 9.2233720368547748e18;
        break;
    case TypeKind::Decimal: {
        s.kind = ValueKind::Decimal;
        s.scale = type.scale;
        const int digits = type.precision > 0 ? type.precision : 18;
        // Unscaled values live in 64 bits: at most 18 digits whatever the declared precision.
        const double limit = std::pow(10.0, digits < 18 ? digits : 18) - 1;
        s.minimum = -limit / std::pow(10.0, type.scale);
        s.maximum = limit / std::pow(10.0, type.scale);
        break;
    }
    case TypeKind::Real:
    case TypeKind::Double: s.kind = ValueKind::Real; break;
    case TypeKind::Boolean: s.kind = ValueKind::Boolean; break;
    case TypeKind::Char:
    case TypeKind::Varchar:
        s.kind = ValueKind::Text;
        s.maxChars = type.length;
        break;
    case TypeKind::Uuid:
        s.kind = ValueKind::Text;
        s.maxChars = 36;
        break;
    case TypeKind::Text:
    case TypeKind::Json:
    case TypeKind::Native: s.kind = ValueKind::Text; break;
    case TypeKind::Blob: s.kind = ValueKind::Blob; break;
    case TypeKind::Date: s.kind = ValueKind::Date; break;
    case TypeKind::Time: s.kind = ValueKind::Time; break;
    case TypeKind::Timestamp: s.kind = ValueKind::Timestamp; break;
    case TypeKind::TimestampTz:
        s.kind = ValueKind::Timestamp;
        s.withTimeZone = true;
        break;
    }
    return s;
}

void ColumnBuffer::reset(std::size_t rows)
{
    nulls.assign(rows, 0);
    bytes.clear();
    switch (shape.kind) {
    case ValueKind::Real: reals.resize(rows); break;
    case ValueKind::Text:
    case ValueKind::Blob: ends.resize(rows); break;
    default: ints.resize(rows); break;
    }
}

std::size_t truncatedLength(std::string_view text, int maxChars)
{
    if (maxChars <= 0 || text.size() <= static_cast<std::size_t>(maxChars))
        return text.size();
    int chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            if (chars == maxChars)
                return i;
            ++chars;
        }
    }
    return text.size();
}

void ColumnBuffer::closeText(std::size_t i)
{
    const std::size_t begin = i == 0 ? 0 : ends[i - 1];
    if (shape.kind == ValueKind::Text && shape.maxChars > 0) {
        const std::size_t keep = truncatedLength(std::string_view(bytes).substr(begin), shape.maxChars);
        bytes.resize(begin + keep);
    }
    ends[i] = static_cast<std::uint32_t>(bytes.size());
}

void ColumnBuffer::copyValue(std::size_t i, const ColumnBuffer& source, std::size_t from)
{
    nulls[i] = source.nulls[from];
    switch (shape.kind) {
    case ValueKind::Real: reals[i] = source.reals[from]; break;
    case ValueKind::Text:
    case ValueKind::Blob: setText(i, source.text(from)); break;
    default: ints[i] = source.ints[from]; break;
    }
}

}  // namespace ss::seed
