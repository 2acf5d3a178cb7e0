#include "core/seed/civil_time.h"

#include <charconv>

namespace ss::seed {

// Howard Hinnant's days_from_civil / civil_from_days: exact for every proleptic Gregorian date.
std::int64_t daysFromCivil(CivilDate date)
{
    const std::int64_t y = date.year - (date.month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t mp = date.month > 2 ? date.month - 3 : date.month + 9;
    const std::int64_t doy = (153 * mp + 2) / 5 + date.day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate civilFromDays(std::int64_t days)
{
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    CivilDate date;
    date.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    date.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    date.year = static_cast<int>(yoe + era * 400 + (date.month <= 2 ? 1 : 0));
    return date;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

int isoDayOfWeek(std::int64_t days)
{
    // 1970-01-01 was a Thursday.
    const std::int64_t w = (days + 3) % 7;
    return static_cast<int>(w < 0 ? w + 7 : w) + 1;
}

int dayOfYear(std::int64_t days)
{
    return static_cast<int>(days - daysFromCivil({civilFromDays(days).year, 1, 1})) + 1;
}

int isoWeek(std::int64_t days)
{
    // The ISO week belongs to the year of its Thursday.
    const std::int64_t thursday = days - isoDayOfWeek(days) + 4;
    return (dayOfYear(thursday) - 1) / 7 + 1;
}

namespace {

bool readInt(std::string_view text, std::size_t pos, std::size_t width, int& out)
{
    if (pos + width > text.size())
        return false;
    const char* begin = text.data() + pos;
    for (std::size_t i = 0; i < width; ++i)
        if (begin[i] < '0' || begin[i] > '9')
            return false;
    return std::from_chars(begin, begin + width, out).ec == std::errc();
}

std::optional<std::int64_t> parseClock(std::string_view text)
{
    int h = 0, m = 0, s = 0;
    if (!readInt(text, 0, 2, h) || text.size() < 5 || text[2] != ':' || !readInt(text, 3, 2, m))
        return std::nullopt;
    if (text.size() == 8) {
        if (text[5] != ':' || !readInt(text, 6, 2, s))
            return std::nullopt;
    } else if (text.size() != 5) {
        return std::nullopt;
    }
    if (h > 23 || m > 59 || s > 59)
        return std::nullopt;
    return (static_cast<std::int64_t>(h) * 3600 + m * 60 + s) * kMicrosPerSecond;
}

}  // namespace

std::optional<std::int64_t> parseDate(std::string_view text)
{
    CivilDate d;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !readInt(text, 0, 4, d.year) ||
        !readInt(text, 5, 2, d.month) || !readInt(text, 8, 2, d.day))
        return std::nullopt;
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysInMonth(d.year, d.month))
        return std::nullopt;
    return daysFromCivil(d);
}

std::optional<std::int64_t> parseTimestamp(std::string_view text)
{
    const auto date = parseDate(text.substr(0, 10));
    if (!date)
        return std::nullopt;
    if (text.size() == 10)
        return *date * kMicrosPerDay;
    if (text[10] != ' ' && text[10] != 'T')
        return std::nullopt;
    const auto clock = parseClock(text.substr(11));
    if (!clock)
        return std::nullopt;
    return *date * kMicrosPerDay + *clock;
}

std::optional<std::int64_t> parseTimeOfDay(std::string_view text) { return parseClock(text); }

const char* monthName(int month)
{
    static const char* const kNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};
    return kNames[(month - 1) % 12];
}

const char* dayName(int isoDayOfWeek)
{
    static const char* const kNames[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    return kNames[(isoDayOfWeek - 1) % 7];
}

}  // namespace ss::seed
