#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ss::seed {

// Dates are days since 1970-01-01 in the proleptic Gregorian calendar; timestamps are microseconds since
// 1970-01-01 00:00:00 UTC; times of day are microseconds since midnight. Integers keep batches allocation-free
// and every loader formats them its own way.
constexpr std::int64_t kMicrosPerSecond = 1'000'000;
constexpr std::int64_t kMicrosPerDay = 86'400 * kMicrosPerSecond;

struct CivilDate {
    int year = 1970;
    int month = 1;  // 1-12
    int day = 1;    // 1-31
};

std::int64_t daysFromCivil(CivilDate date);
CivilDate civilFromDays(std::int64_t days);
int daysInMonth(int year, int month);
int isoDayOfWeek(std::int64_t days);  // Monday = 1 ... Sunday = 7
int dayOfYear(std::int64_t days);     // 1-366
int isoWeek(std::int64_t days);       // 1-53

// "2024-03-31" -> days; "2024-03-31 08:30:00" or "2024-03-31T08:30:00" -> microseconds. Nothing on bad input.
std::optional<std::int64_t> parseDate(std::string_view text);
std::optional<std::int64_t> parseTimestamp(std::string_view text);
// "08:30" or "08:30:15" -> microseconds since midnight.
std::optional<std::int64_t> parseTimeOfDay(std::string_view text);

const char* monthName(int month);       // "January"
const char* dayName(int isoDayOfWeek);  // "Monday"

}  // namespace ss::seed
