#include "core/seed/value_format.h"

#include "core/seed/civil_time.h"

#include <algorithm>
#include <charconv>

namespace ss::seed {

void appendZeroPadded(std::string& out, std::int64_t value, int width)
{
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    const char* digits = buf;
    if (value < 0) {
        out.push_back('-');
        ++digits;
        --width;
    }
    for (auto count = end - digits; count < width; ++count)
        out.push_back('0');
    out.append(digits, static_cast<std::size_t>(end - digits));
}

void appendBase36Padded(std::string& out, std::int64_t value, int width)
{
    static const char kDigits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    char buf[16];
    char* begin = buf + sizeof buf;
    std::uint64_t v = static_cast<std::uint64_t>(std::max<std::int64_t>(value, 0));
    do {
        *--begin = kDigits[v % 36];
        v /= 36;
    } while (v > 0);
    for (auto count = buf + sizeof buf - begin; count < width; ++count)
        out.push_back('0');
    out.append(begin, static_cast<std::size_t>(buf + sizeof buf - begin));
}

void appendInteger(std::string& out, std::int64_t value)
{
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, end);
}

void appendDecimal(std::string& out, std::int64_t unscaled, int scale)
{
    if (scale <= 0) {
        appendInteger(out, unscaled);
        return;
    }
    // Magnitude in unsigned arithmetic so INT64_MIN has one too.
    std::uint64_t magnitude = unscaled < 0 ? 0 - static_cast<std::uint64_t>(unscaled) : static_cast<std::uint64_t>(unscaled);
    char digits[24];
    auto [end, ec] = std::to_chars(digits, digits + sizeof digits, magnitude);
    const auto count = static_cast<int>(end - digits);
    if (unscaled < 0)
        out.push_back('-');
    if (count <= scale) {
        out += "0.";
        out.append(static_cast<std::size_t>(scale - count), '0');
        out.append(digits, end);
        return;
    }
    out.append(digits, static_cast<std::size_t>(count - scale));
    out.push_back('.');
    out.append(end - scale, end);
}

void appendReal(std::string& out, double value)
{
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, end);
}

void appendDate(std::string& out, std::int64_t days)
{
    const CivilDate d = civilFromDays(days);
    appendZeroPadded(out, d.year, 4);
    out.push_back('-');
    appendZeroPadded(out, d.month, 2);
    out.push_back('-');
    appendZeroPadded(out, d.day, 2);
}

void appendTimeOfDay(std::string& out, std::int64_t micros)
{
    const std::int64_t seconds = micros / kMicrosPerSecond;
    appendZeroPadded(out, seconds / 3600, 2);
    out.push_back(':');
    appendZeroPadded(out, seconds / 60 % 60, 2);
    out.push_back(':');
    appendZeroPadded(out, seconds % 60, 2);
    if (const std::int64_t fraction = micros % kMicrosPerSecond; fraction != 0) {
        out.push_back('.');
        appendZeroPadded(out, fraction, 6);
    }
}

void appendTimestamp(std::string& out, std::int64_t micros)
{
    std::int64_t days = micros / kMicrosPerDay;
    std::int64_t rest = micros % kMicrosPerDay;
    if (rest < 0) {
        rest += kMicrosPerDay;
        --days;
    }
    appendDate(out, days);
    out.push_back(' ');
    appendTimeOfDay(out, rest);
}

void appendHex(std::string& out, std::string_view bytes)
{
    static const char kDigits[] = "0123456789abcdef";
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        out.push_back(kDigits[u >> 4]);
        out.push_back(kDigits[u & 15]);
    }
}

void appendValue(std::string& out, const ColumnBuffer& column, std::size_t i)
{
    switch (column.shape.kind) {
    case ValueKind::Integer: appendInteger(out, column.ints[i]); break;
    case ValueKind::Decimal: appendDecimal(out, column.ints[i], column.shape.scale); break;
    case ValueKind::Real: appendReal(out, column.reals[i]); break;
    case ValueKind::Boolean: out += column.ints[i] ? "true" : "false"; break;
    case ValueKind::Text: out += column.text(i); break;
    case ValueKind::Blob: appendHex(out, column.text(i)); break;
    case ValueKind::Date: appendDate(out, column.ints[i]); break;
    case ValueKind::Time: appendTimeOfDay(out, column.ints[i]); break;
    case ValueKind::Timestamp:
        appendTimestamp(out, column.ints[i]);
        if (column.shape.withTimeZone)
            out += "+00";
        break;
    }
}

}  // namespace ss::seed
