#include "core/seed/generators/value_output.h"

#include "core/seed/civil_time.h"
#include "core/seed/value_format.h"

#include <charconv>
#include <cmath>

namespace ss::seed {

namespace {

double powerOfTen(int exponent)
{
    static constexpr double kPowers[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
                                         1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};
    return exponent >= 0 && exponent <= 18 ? kPowers[exponent] : std::pow(10.0, exponent);
}

double clamp(double v, double lo, double hi) { return v < lo ? lo : (v > hi ? hi : v); }

}  // namespace

double scaleFactorOf(const ColumnShape& shape) { return shape.kind == ValueKind::Decimal ? powerOfTen(shape.scale) : 1; }

void storeNumber(ColumnBuffer& out, std::size_t i, double value)
{
    if (std::isnan(value))
        value = 0;
    const ColumnShape& s = out.shape;
    switch (s.kind) {
    case ValueKind::Integer: out.ints[i] = roundToInt(clamp(value, s.minimum, s.maximum)); break;
    case ValueKind::Decimal:
        out.ints[i] = roundToInt(clamp(value, s.minimum, s.maximum) * powerOfTen(s.scale));
        break;
    case ValueKind::Real: out.reals[i] = value; break;
    case ValueKind::Boolean: out.ints[i] = value != 0; break;
    case ValueKind::Date: out.ints[i] = std::llround(clamp(value, -1e8, 1e8)); break;
    case ValueKind::Time: out.ints[i] = std::llround(clamp(value, 0, kMicrosPerDay - 1)); break;
    case ValueKind::Timestamp: out.ints[i] = std::llround(clamp(value, -1e8, 1e8)) * kMicrosPerDay; break;
    case ValueKind::Text:
    case ValueKind::Blob:
        if (value == std::floor(value) && std::fabs(value) < 9e15)
            appendInteger(out.bytes, static_cast<std::int64_t>(value));
        else
            appendReal(out.bytes, value);
        out.closeText(i);
        break;
    }
}

void storeDay(ColumnBuffer& out, std::size_t i, std::int64_t days)
{
    switch (out.shape.kind) {
    case ValueKind::Timestamp: out.ints[i] = days * kMicrosPerDay; break;
    case ValueKind::Text:
    case ValueKind::Blob:
        appendDate(out.bytes, days);
        out.closeText(i);
        break;
    case ValueKind::Real: out.reals[i] = static_cast<double>(days); break;
    default: out.ints[i] = days; break;
    }
}

void storeInstant(ColumnBuffer& out, std::size_t i, std::int64_t micros)
{
    switch (out.shape.kind) {
    case ValueKind::Date: {
        std::int64_t days = micros / kMicrosPerDay;
        if (micros % kMicrosPerDay < 0)
            --days;
        out.ints[i] = days;
        break;
    }
    case ValueKind::Text:
    case ValueKind::Blob:
        appendTimestamp(out.bytes, micros);
        out.closeText(i);
        break;
    case ValueKind::Time: {
        const std::int64_t rest = micros % kMicrosPerDay;
        out.ints[i] = rest < 0 ? rest + kMicrosPerDay : rest;
        break;
    }
    case ValueKind::Real: out.reals[i] = static_cast<double>(micros); break;
    default: out.ints[i] = micros; break;
    }
}

void closeWithSuffix(ColumnBuffer& out, std::size_t i, std::string_view suffix)
{
    const std::size_t begin = i == 0 ? 0 : out.ends[i - 1];
    const int limit = out.shape.maxChars;
    if (limit > 0) {
        const int room = limit - static_cast<int>(suffix.size());
        const std::string_view base = std::string_view(out.bytes).substr(begin);
        out.bytes.resize(begin + truncatedLength(base, room > 0 ? room : 0));
    }
    out.bytes.append(suffix);
    out.ends[i] = static_cast<std::uint32_t>(out.bytes.size());
}

void appendRowNumber(std::string& out, std::int64_t row) { appendInteger(out, row + 1); }


double readNumber(const ColumnBuffer& column, std::size_t i)
{
    switch (column.shape.kind) {
    case ValueKind::Decimal: return static_cast<double>(column.ints[i]) / powerOfTen(column.shape.scale);
    case ValueKind::Real: return column.reals[i];
    case ValueKind::Text:
    case ValueKind::Blob: {
        const std::string_view text = column.text(i);
        double v = 0;
        std::from_chars(text.data(), text.data() + text.size(), v);
        return v;
    }
    default: return static_cast<double>(column.ints[i]);
    }
}

bool storeLiteral(ColumnBuffer& out, std::size_t i, std::string_view text, std::string& error)
{
    const auto number = [&](double& v) {
        auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
        return ec == std::errc() && end == text.data() + text.size() && !text.empty();
    };
    double v = 0;
    switch (out.shape.kind) {
    case ValueKind::Integer:
    case ValueKind::Decimal:
    case ValueKind::Real:
        if (!number(v)) {
            error = "'" + std::string(text) + "' is not a number";
            return false;
        }
        storeNumber(out, i, v);
        return true;
    case ValueKind::Boolean:
        if (text == "true" || text == "1" || text == "yes")
            out.ints[i] = 1;
        else if (text == "false" || text == "0" || text == "no")
            out.ints[i] = 0;
        else {
            error = "'" + std::string(text) + "' is not true or false";
            return false;
        }
        return true;
    case ValueKind::Date:
        if (auto d = parseDate(text)) {
            out.ints[i] = *d;
            return true;
        }
        error = "'" + std::string(text) + "' is not a date written YYYY-MM-DD";
        return false;
    case ValueKind::Timestamp:
        if (auto t = parseTimestamp(text)) {
            out.ints[i] = *t;
            return true;
        }
        error = "'" + std::string(text) + "' is not a timestamp written YYYY-MM-DD HH:MM:SS";
        return false;
    case ValueKind::Time:
        if (auto t = parseTimeOfDay(text)) {
            out.ints[i] = *t;
            return true;
        }
        error = "'" + std::string(text) + "' is not a time of day written HH:MM:SS";
        return false;
    case ValueKind::Text:
    case ValueKind::Blob: out.setText(i, text); return true;
    }
    return false;
}

}  // namespace ss::seed
