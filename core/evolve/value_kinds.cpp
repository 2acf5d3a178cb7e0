#include "core/evolve/value_kinds.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

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

QString isoTimestamp(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$)"));
    if (!pattern.match(text).hasMatch())
        return {};
    QString normal = text;
    normal[10] = QLatin1Char('T');
    QDateTime parsed = QDateTime::fromString(normal, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(normal, Qt::ISODate);
    if (!parsed.isValid())
        return {};
    if (parsed.timeSpec() != Qt::LocalTime)
        parsed = parsed.toUTC();
    return parsed.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString isoDate(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (!pattern.match(text).hasMatch())
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
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

QString writtenDate(const QString& text)
{
    const QDate date = writtenDatePart(text.simplified());
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// A written date followed by a time: "Jun 12 1998 14:30", "June 12, 1998 2:30 PM".
QString writtenTimestamp(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(.*\d{4}),?\s+(\d{1,2}):(\d{2})(:(\d{2}))?\s*([AaPp][Mm])?$)"));
    const auto m = pattern.match(text.simplified());
    if (!m.hasMatch())
        return {};
    const QDate date = writtenDatePart(m.captured(1));
    if (!date.isValid())
        return {};
    int hour = m.captured(2).toInt();
    const QString meridiem = m.captured(6).toLower();
    if (!meridiem.isEmpty()) {
        if (hour < 1 || hour > 12)
            return {};
        hour = hour % 12 + (meridiem == QLatin1String("pm") ? 12 : 0);
    }
    const QTime time(hour, m.captured(3).toInt(), m.captured(5).isEmpty() ? 0 : m.captured(5).toInt());
    if (!time.isValid())
        return {};
    return QDateTime(date, time).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

ValueReading readNumber(double number)
{
    ValueReading reading;
    const QString spelled = QString::number(number, 'g', QLocale::FloatingPointShortest);
    reading.text = spelled;
    reading.detector = "json_number";
    reading.exponent = spelled.contains(QLatin1Char('e'));
    const bool integral = std::floor(number) == number && std::fabs(number) < 9007199254740992.0;
    if (integral) {
        reading.kind = ValueKind::Integer;
        reading.text = QString::number(static_cast<long long>(number));
        reading.integerDigits = static_cast<int>(reading.text.size() - (number < 0 ? 1 : 0));
        reading.exponent = false;
        return reading;
    }
    reading.kind = ValueKind::Decimal;
    const qsizetype point = spelled.indexOf(QLatin1Char('.'));
    const QString digits = spelled.startsWith(QLatin1Char('-')) ? spelled.mid(1) : spelled;
    const qsizetype digitsPoint = digits.indexOf(QLatin1Char('.'));
    reading.integerDigits = static_cast<int>(digitsPoint < 0 ? digits.size() : digitsPoint);
    if (reading.integerDigits == 1 && digits.startsWith(QLatin1Char('0')))
        reading.integerDigits = 0;
    reading.scale = point < 0 ? 0 : static_cast<int>(spelled.size() - point - 1);
    return reading;
}

// Every date the detectors know holds a 4-digit year and is 8 to 40 characters long; most text is neither, and
// is let through without trying the patterns.
bool mayBeDate(const QString& text)
{
    if (text.size() < 8 || text.size() > 40)
        return false;
    int run = 0;
    for (const QChar c : text) {
        run = c.isDigit() ? run + 1 : 0;
        if (run == 4)
            return true;
    }
    return false;
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

ValueReading readValue(const QJsonValue& value)
{
    ValueReading reading;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        reading.detector = "json_null";
        return reading;
    case QJsonValue::Bool:
        reading.kind = ValueKind::Boolean;
        reading.detector = "json_boolean";
        reading.text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return reading;
    case QJsonValue::Double:
        return readNumber(value.toDouble());
    case QJsonValue::Object:
        reading.kind = ValueKind::Object;
        reading.detector = "json_object";
        return reading;
    case QJsonValue::Array:
        reading.kind = ValueKind::Array;
        reading.detector = "json_array";
        return reading;
    case QJsonValue::String:
        break;
    }
    const QString text = value.toString();
    reading.length = static_cast<int>(text.size());
    if (mayBeDate(text)) {
        for (const TextDetector& detector : textDetectors()) {
            const QString canonical = detector.canonical(text);
            if (!canonical.isNull()) {
                reading.kind = detector.kind;
                reading.detector = detector.name;
                reading.text = canonical;
                return reading;
            }
        }
    }
    reading.kind = ValueKind::Text;
    reading.detector = "text";
    reading.text = text;
    return reading;
}

}  // namespace ss::evolve
