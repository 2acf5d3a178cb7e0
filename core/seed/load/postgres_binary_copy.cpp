#include "core/seed/load/postgres_binary_copy.h"

#include <algorithm>
#include <bit>
#include <limits>
#include <type_traits>

namespace ss::seed {

namespace {

// PostgreSQL's dates and timestamps count from 2000-01-01; ours from 1970-01-01 (civil_time.h).
constexpr std::int64_t kDaysFrom1970To2000 = 10957;
constexpr std::int64_t kMicrosFrom1970To2000 = kDaysFrom1970To2000 * 86'400'000'000LL;

template <typename T>
void appendBigEndian(std::string& out, T value)
{
    using U = std::make_unsigned_t<T>;
    const auto bits = static_cast<U>(value);
    for (int shift = static_cast<int>(sizeof(T) * 8) - 8; shift >= 0; shift -= 8)
        out.push_back(static_cast<char>((bits >> shift) & 0xFF));
}

void appendField(std::string& out, const void* data, std::int32_t size)
{
    appendBigEndian(out, size);
    out.append(static_cast<const char*>(data), static_cast<std::size_t>(size));
}

template <typename T>
void appendFixed(std::string& out, T value)
{
    appendBigEndian<std::int32_t>(out, sizeof(T));
    appendBigEndian(out, value);
}

void appendCell(std::string& out, const ColumnBuffer& column, std::size_t i, BinaryColumnType type)
{
    if (column.isNull(i)) {
        appendBigEndian<std::int32_t>(out, -1);
        return;
    }
    switch (type) {
    case BinaryColumnType::Int2: appendFixed(out, static_cast<std::int16_t>(column.ints[i])); break;
    case BinaryColumnType::Int4: appendFixed(out, static_cast<std::int32_t>(column.ints[i])); break;
    case BinaryColumnType::Int8: appendFixed(out, column.ints[i]); break;
    case BinaryColumnType::Float4: appendFixed(out, std::bit_cast<std::int32_t>(static_cast<float>(column.reals[i]))); break;
    case BinaryColumnType::Float8: appendFixed(out, std::bit_cast<std::int64_t>(column.reals[i])); break;
    case BinaryColumnType::Numeric: appendBinaryNumeric(out, column.ints[i], column.shape.scale); break;
    case BinaryColumnType::Bool: appendFixed(out, static_cast<std::int8_t>(column.ints[i] != 0)); break;
    case BinaryColumnType::Date: appendFixed(out, static_cast<std::int32_t>(column.ints[i] - kDaysFrom1970To2000)); break;
    case BinaryColumnType::Time: appendFixed(out, column.ints[i]); break;
    case BinaryColumnType::Timestamp:
    case BinaryColumnType::TimestampTz: appendFixed(out, column.ints[i] - kMicrosFrom1970To2000); break;
    case BinaryColumnType::Text:
    case BinaryColumnType::Bytea: {
        const std::string_view bytes = column.text(i);
        appendField(out, bytes.data(), static_cast<std::int32_t>(bytes.size()));
        break;
    }
    }
}

// Whether every value the spec's type allows fits the database's integer type: a spec that says BIGINT for a
// column the database holds as INTEGER must not have its values cut to 32 bits on the wire, where the text
// format would have them refused as out of range.
bool fitsWidth(BinaryColumnType type, const ColumnShape& shape)
{
    if (type == BinaryColumnType::Int2)
        return shape.minimum >= std::numeric_limits<std::int16_t>::min() && shape.maximum <= std::numeric_limits<std::int16_t>::max();
    if (type == BinaryColumnType::Int4)
        return shape.minimum >= std::numeric_limits<std::int32_t>::min() && shape.maximum <= std::numeric_limits<std::int32_t>::max();
    return true;
}

}  // namespace

std::optional<BinaryColumnType> binaryColumnType(unsigned oid, const ColumnShape& shape)
{
    // pg_type's OIDs; text, varchar and char share the wire form (the receive function applies the length).
    struct Mapping {
        ValueKind kind;
        unsigned oid;
        BinaryColumnType type;
    };
    static constexpr Mapping kMappings[] = {
        {ValueKind::Integer, 21, BinaryColumnType::Int2},        {ValueKind::Integer, 23, BinaryColumnType::Int4},
        {ValueKind::Integer, 20, BinaryColumnType::Int8},        {ValueKind::Decimal, 1700, BinaryColumnType::Numeric},
        {ValueKind::Real, 700, BinaryColumnType::Float4},        {ValueKind::Real, 701, BinaryColumnType::Float8},
        {ValueKind::Boolean, 16, BinaryColumnType::Bool},        {ValueKind::Date, 1082, BinaryColumnType::Date},
        {ValueKind::Time, 1083, BinaryColumnType::Time},         {ValueKind::Timestamp, 1114, BinaryColumnType::Timestamp},
        {ValueKind::Timestamp, 1184, BinaryColumnType::TimestampTz}, {ValueKind::Text, 25, BinaryColumnType::Text},
        {ValueKind::Text, 1043, BinaryColumnType::Text},         {ValueKind::Text, 1042, BinaryColumnType::Text},
        {ValueKind::Blob, 17, BinaryColumnType::Bytea},
    };
    for (const Mapping& mapping : kMappings)
        if (mapping.kind == shape.kind && mapping.oid == oid &&
            (shape.kind != ValueKind::Timestamp || (mapping.type == BinaryColumnType::TimestampTz) == shape.withTimeZone) &&
            fitsWidth(mapping.type, shape))
            return mapping.type;
    return std::nullopt;
}

void appendBinaryHeader(std::string& out)
{
    out.append("PGCOPY\n\377\r\n\0", 11);
    appendBigEndian<std::int32_t>(out, 0);  // flags
    appendBigEndian<std::int32_t>(out, 0);  // header extension length
}

void appendBinaryRows(std::string& out, const RowBatch& batch, std::size_t first, std::size_t count, const std::vector<BinaryColumnType>& types)
{
    const std::size_t end = std::min(batch.rowCount, first + count);
    for (std::size_t r = first; r < end; ++r) {
        appendBigEndian(out, static_cast<std::int16_t>(batch.columns.size()));
        for (std::size_t c = 0; c < batch.columns.size(); ++c)
            appendCell(out, batch.columns[c], r, types[c]);
    }
}

void appendBinaryTrailer(std::string& out) { appendBigEndian<std::int16_t>(out, -1); }

void appendBinaryNumeric(std::string& out, std::int64_t unscaled, int scale)
{
    const bool negative = unscaled < 0;
    // The magnitude with its point moved to a multiple of four digits, then cut into base-10000 digits from the
    // least significant: digit j has the weight j - fractionGroups.
    unsigned __int128 magnitude = negative ? 0 - static_cast<std::uint64_t>(unscaled) : static_cast<std::uint64_t>(unscaled);
    const int pad = (4 - scale % 4) % 4;
    for (int i = 0; i < pad; ++i)
        magnitude *= 10;
    const int fractionGroups = (scale + pad) / 4;
    std::int16_t groups[12];  // a 64-bit magnitude times 1000 has at most 23 digits
    int count = 0;
    for (; magnitude > 0; magnitude /= 10000)
        groups[count++] = static_cast<std::int16_t>(magnitude % 10000);
    int lowest = 0;
    while (lowest < count && groups[lowest] == 0)
        ++lowest;
    const int digits = count - lowest;
    appendBigEndian<std::int32_t>(out, 8 + 2 * digits);
    appendBigEndian(out, static_cast<std::int16_t>(digits));
    appendBigEndian(out, static_cast<std::int16_t>(digits > 0 ? count - 1 - fractionGroups : 0));
    appendBigEndian(out, static_cast<std::int16_t>(negative && digits > 0 ? 0x4000 : 0));
    appendBigEndian(out, static_cast<std::int16_t>(scale));
    for (int g = count - 1; g >= lowest; --g)
        appendBigEndian(out, groups[g]);
}

}  // namespace ss::seed
