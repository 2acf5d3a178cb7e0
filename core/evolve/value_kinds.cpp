#include "core/evolve/value_kinds.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace ss::evolve {

const char* toString(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Null: return "null";
    case ValueKind::Boolean: return "boolean";
    case ValueKind::Integer: return "integer";
    case ValueKind::Decimal: return "decimal";
    case ValueKind::Date: return "date";
    case ValueKind::Timestamp: return "timestamp";
    case ValueKind::Text: return "text";
    case ValueKind::Object: return "object";
    case ValueKind::Array: return "array";
    }
    return "text";
}

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// The `count` digits of `text` at `at` as a number, or -1 when any of them is not a digit.
int digitsAt(std::string_view text, std::size_t at, std::size_t count)
{
    if (at + count > text.size())
        return -1;
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (!isDigit(text[i]))
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

// YYYY-MM-DD at the start of `text`, a day that exists.
bool isoDay(std::string_view text, std::chrono::year_month_day& day)
{
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return false;
    const int y = digitsAt(text, 0, 4);
    const int m = digitsAt(text, 5, 2);
    const int d = digitsAt(text, 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return false;
    day = std::chrono::year_month_day(std::chrono::year(y), std::chrono::month(unsigned(m)), std::chrono::day(unsigned(d)));
    return day.ok();
}

void writeDay(const std::chrono::year_month_day& day, std::string& out)
{
    char buffer[16];
    const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", int(day.year()), unsigned(day.month()),
                                unsigned(day.day()));
    out.assign(buffer, std::size_t(n));
}

// YYYY-MM-DD[T ]HH:MM[:SS[.fraction]][Z|+HH:MM|+HHMM]: a time with a zone is given in UTC, one without is kept
// as written (its zone unknown). Fractions of a second are dropped, as the column type keeps seconds.
bool isoTimestamp(std::string_view text, std::string& out)
{
    std::chrono::year_month_day day;
    if (text.size() < 16 || !isoDay(text, day) || (text[10] != 'T' && text[10] != ' ') || text[13] != ':')
        return false;
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    int second = 0;
    std::size_t at = 16;
    if (at < text.size() && text[at] == ':') {
        second = digitsAt(text, at + 1, 2);
        at += 3;
        if (at < text.size() && text[at] == '.') {
            const std::size_t start = ++at;
            while (at < text.size() && isDigit(text[at]))
                ++at;
            if (at == start || at - start > 9)
                return false;
        }
    }
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return false;
    int offsetMinutes = 0;
    bool zoned = false;
    if (at < text.size() && text[at] == 'Z') {
        zoned = true;
        ++at;
    } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
        const int sign = text[at] == '-' ? -1 : 1;
        const int zoneHours = digitsAt(text, at + 1, 2);
        const std::size_t minutesAt = at + 3 < text.size() && text[at + 3] == ':' ? at + 4 : at + 3;
        const int zoneMinutes = digitsAt(text, minutesAt, 2);
        if (zoneHours < 0 || zoneHours > 23 || zoneMinutes < 0 || zoneMinutes > 59)
            return false;
        zoned = true;
        offsetMinutes = sign * (zoneHours * 60 + zoneMinutes);
        at = minutesAt + 2;
    }
    if (at != text.size())
        return false;
    using namespace std::chrono;
    sys_seconds when = sys_days(day) + hours(hour) + minutes(minute) + seconds(second);
    if (zoned)
        when -= minutes(offsetMinutes);
    const sys_days utcDay = floor<days>(when);
    const hh_mm_ss<seconds> time(when - utcDay);
    writeDay(year_month_day(utcDay), out);
    char buffer[16];
    const int n = std::snprintf(buffer, sizeof buffer, " %02d:%02d:%02d", int(time.hours().count()),
                                int(time.minutes().count()), int(time.seconds().count()));
    out.append(buffer, std::size_t(n));
    return true;
}

bool isoDate(std::string_view text, std::string& out)
{
    std::chrono::year_month_day day;
    if (text.size() != 10 || !isoDay(text, day))
        return false;
    writeDay(day, out);
    return true;
}

// Whether a word of `text` starts with the first three letters of an English month: written dates hold one, and
// most text that reaches the written detectors (names and codes with four digits) does not.
bool namesMonth(std::string_view text)
{
    static constexpr std::string_view months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                  "jul", "aug", "sep", "oct", "nov", "dec"};
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    for (std::size_t i = 0; i + 3 <= text.size(); ++i) {
        if (!letter(text[i]) || (i > 0 && letter(text[i - 1])))
            continue;
        const char word[3] = {lower(text[i]), lower(text[i + 1]), lower(text[i + 2])};
        for (const std::string_view month : months)
            if (std::string_view(word, 3) == month)
                return true;
    }
    return false;
}

// "Jun 12 1998", "June 12, 1998", "12 June 1998", "12 Jun 1998": English month names, as people write them.
QDate writtenDatePart(const QString& text)
{
    static const QRegularExpression monthFirst(QStringLiteral(R"(^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$)"));
    static const QRegularExpression dayFirst(QStringLiteral(R"(^(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})$)"));
    QString month;
    int day = 0;
    int year = 0;
    if (const auto m = monthFirst.match(text); m.hasMatch()) {
        month = m.captured(1);
        day = m.captured(2).toInt();
        year = m.captured(3).toInt();
    } else if (const auto d = dayFirst.match(text); d.hasMatch()) {
        month = d.captured(2);
        day = d.captured(1).toInt();
        year = d.captured(3).toInt();
    } else {
        return {};
    }
    const QLocale english(QLocale::English);
    for (int m = 1; m <= 12; ++m) {
        const QString full = english.monthName(m, QLocale::LongFormat);
        const QString shortName = english.monthName(m, QLocale::ShortFormat);
        if (month.compare(full, Qt::CaseInsensitive) == 0 || month.compare(shortName, Qt::CaseInsensitive) == 0
            || (month.size() == 4 && full.startsWith(month, Qt::CaseInsensitive)))  // "Sept"
            return QDate(year, m, day);
    }
    return {};
}

bool writtenDate(std::string_view text, std::string& out)
{
    if (!namesMonth(text))
        return false;
    const QDate date = writtenDatePart(QString::fromUtf8(text.data(), qsizetype(text.size())).simplified());
    if (!date.isValid())
        return false;
    out = date.toString(Qt::ISODate).toStdString();
    return true;
}

// A written date followed by a time: "Jun 12 1998 14:30", "June 12, 1998 2:30 PM".
bool writtenTimestamp(std::string_view text, std::string& out)
{
    if (!namesMonth(text))
        return false;
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(.*\d{4}),?\s+(\d{1,2}):(\d{2})(:(\d{2}))?\s*([AaPp][Mm])?$)"));
    const auto m = pattern.match(QString::fromUtf8(text.data(), qsizetype(text.size())).simplified());
    if (!m.hasMatch())
        return false;
    const QDate date = writtenDatePart(m.captured(1));
    if (!date.isValid())
        return false;
    int hour = m.captured(2).toInt();
    const QString meridiem = m.captured(6).toLower();
    if (!meridiem.isEmpty()) {
        if (hour < 1 || hour > 12)
            return false;
        hour = hour % 12 + (meridiem == QLatin1String("pm") ? 12 : 0);
    }
    const QTime time(hour, m.captured(3).toInt(), m.captured(5).isEmpty() ? 0 : m.captured(5).toInt());
    if (!time.isValid())
        return false;
    out = QDateTime(date, time).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toStdString();
    return true;
}

void readInteger(long long number, ValueReading& reading)
{
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, number).ptr;
    reading.kind = ValueKind::Integer;
    reading.detector = "json_number";
    reading.text.assign(buffer, end);
    reading.integerDigits = static_cast<int>(end - buffer) - (number < 0 ? 1 : 0);
}

// Past a signed 64-bit integer: exact, but only a decimal column holds it.
void readUnsigned(unsigned long long number, ValueReading& reading)
{
    if (number <= 9223372036854775807ULL) {
        readInteger(static_cast<long long>(number), reading);
        return;
    }
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, number).ptr;
    reading.kind = ValueKind::Decimal;
    reading.detector = "json_number";
    reading.text.assign(buffer, end);
    reading.integerDigits = static_cast<int>(end - buffer);
}

void readNumber(double number, ValueReading& reading)
{
    if (std::floor(number) == number && std::fabs(number) < 9007199254740992.0) {
        readInteger(static_cast<long long>(number), reading);
        return;
    }
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, number).ptr;  // the shortest exact spelling
    const std::string_view spelled(buffer, std::size_t(end - buffer));
    reading.kind = ValueKind::Decimal;
    reading.detector = "json_number";
    reading.text.assign(spelled);
    reading.exponent = spelled.find('e') != std::string_view::npos;
    const std::string_view digits = spelled.substr(spelled.front() == '-' ? 1 : 0);
    const std::size_t point = digits.find('.');
    reading.integerDigits = static_cast<int>(point == std::string_view::npos ? digits.size() : point);
    if (reading.integerDigits == 1 && digits.front() == '0')
        reading.integerDigits = 0;
    reading.scale = point == std::string_view::npos ? 0 : static_cast<int>(digits.size() - point - 1);
}

// Every date the detectors know holds a 4-digit year and is 8 to 40 characters long; most text is neither, and
// is let through without trying the patterns.
bool mayBeDate(std::string_view text)
{
    if (text.size() < 8 || text.size() > 40)
        return false;
    int run = 0;
    for (const char c : text) {
        run = isDigit(c) ? run + 1 : 0;
        if (run == 4)
            return true;
    }
    return false;
}

int characters(std::string_view utf8)
{
    int n = 0;
    for (const char c : utf8)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

void readText(std::string_view text, ValueReading& reading)
{
    reading.length = characters(text);
    if (mayBeDate(text)) {
        for (const TextDetector& detector : textDetectors()) {
            if (detector.canonical(text, reading.text)) {
                reading.kind = detector.kind;
                reading.detector = detector.name;
                return;
            }
        }
    }
    reading.kind = ValueKind::Text;
    reading.detector = "text";
    reading.text.assign(text);
}

}  // namespace

const std::vector<TextDetector>& textDetectors()
{
    static const std::vector<TextDetector> detectors = {
        {"iso_timestamp", ValueKind::Timestamp, &isoTimestamp},
        {"iso_date", ValueKind::Date, &isoDate},
        {"written_timestamp", ValueKind::Timestamp, &writtenTimestamp},
        {"written_date", ValueKind::Date, &writtenDate},
    };
    return detectors;
}

void readValue(simdjson::dom::element value, ValueReading& reading)
{
    reading.integerDigits = 0;
    reading.scale = 0;
    reading.exponent = false;
    reading.length = 0;
    reading.text.clear();
    reading.kind = ValueKind::Null;
    switch (value.type()) {
    case simdjson::dom::element_type::NULL_VALUE: reading.detector = "json_null"; return;
    case simdjson::dom::element_type::BOOL:
        reading.kind = ValueKind::Boolean;
        reading.detector = "json_boolean";
        reading.text = bool(value.get_bool().value_unsafe()) ? "true" : "false";
        return;
    case simdjson::dom::element_type::INT64: readInteger(value.get_int64().value_unsafe(), reading); return;
    case simdjson::dom::element_type::UINT64: readUnsigned(value.get_uint64().value_unsafe(), reading); return;
    case simdjson::dom::element_type::DOUBLE: readNumber(value.get_double().value_unsafe(), reading); return;
    case simdjson::dom::element_type::OBJECT:
        reading.kind = ValueKind::Object;
        reading.detector = "json_object";
        return;
    case simdjson::dom::element_type::ARRAY:
        reading.kind = ValueKind::Array;
        reading.detector = "json_array";
        return;
    case simdjson::dom::element_type::STRING: readText(value.get_string().value_unsafe(), reading); return;
    }
}

ValueReading readValue(simdjson::dom::element value)
{
    ValueReading reading;
    readValue(value, reading);
    return reading;
}

std::string textOf(simdjson::dom::element value)
{
    if (value.is_string())
        return std::string(value.get_string().value_unsafe());
    if (value.is_object() || value.is_array() || value.is_null())
        return {};
    return readValue(value).text;
}

}  // namespace ss::evolve
