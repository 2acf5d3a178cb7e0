// The type detectors, each on the values it must and must not recognise.
#include "core/evolve/value_kinds.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

using ss::evolve::ValueKind;
using ss::evolve::readValue;

TEST_CASE("ISO timestamps are recognised with or without a zone and normalised to UTC", "[evolve][types]")
{
    auto r = readValue(QJsonValue(QStringLiteral("2024-03-01T10:15:00Z")));
    CHECK(r.kind == ValueKind::Timestamp);
    CHECK(std::string(r.detector) == "iso_timestamp");
    CHECK(r.text == QStringLiteral("2024-03-01 10:15:00"));
    CHECK(readValue(QJsonValue(QStringLiteral("2024-03-01T12:15:00+02:00"))).text == QStringLiteral("2024-03-01 10:15:00"));
    CHECK(readValue(QJsonValue(QStringLiteral("2024-03-01 10:15"))).kind == ValueKind::Timestamp);
    CHECK(readValue(QJsonValue(QStringLiteral("2024-13-01T10:15:00"))).kind == ValueKind::Text);
}

TEST_CASE("ISO dates and dates written in words are dates, impossible days are text", "[evolve][types]")
{
    CHECK(readValue(QJsonValue(QStringLiteral("1998-06-12"))).kind == ValueKind::Date);
    const std::pair<const char*, const char*> written[] = {{"Jun 12 1998", "1998-06-12"},  {"June 12, 1998", "1998-06-12"},
                                                           {"12 June 1998", "1998-06-12"}, {"12 Jun 1998", "1998-06-12"},
                                                           {"Sept 12 1998", "1998-09-12"}};
    for (const auto& [text, iso] : written) {
        INFO(text);
        const auto r = readValue(QJsonValue(QString::fromLatin1(text)));
        CHECK(r.kind == ValueKind::Date);
        CHECK(std::string(r.detector) == "written_date");
        CHECK(r.text == QString::fromLatin1(iso));
    }
    CHECK(readValue(QJsonValue(QStringLiteral("Feb 30 2020"))).kind == ValueKind::Text);
    CHECK(readValue(QJsonValue(QStringLiteral("Junk 12 1998"))).kind == ValueKind::Text);
    const auto withTime = readValue(QJsonValue(QStringLiteral("Jun 12 1998 2:30 PM")));
    CHECK(withTime.kind == ValueKind::Timestamp);
    CHECK(withTime.text == QStringLiteral("1998-06-12 14:30:00"));
}

TEST_CASE("strings of digits stay text so that codes keep their leading zeros", "[evolve][types]")
{
    const auto r = readValue(QJsonValue(QStringLiteral("004")));
    CHECK(r.kind == ValueKind::Text);
    CHECK(r.text == QStringLiteral("004"));
}

TEST_CASE("numbers are integers or decimals with the digits their shortest spelling needs", "[evolve][types]")
{
    auto i = readValue(QJsonValue(1234567));
    CHECK(i.kind == ValueKind::Integer);
    CHECK(i.integerDigits == 7);
    auto d = readValue(QJsonValue(1234.56));
    CHECK(d.kind == ValueKind::Decimal);
    CHECK(d.integerDigits == 4);
    CHECK(d.scale == 2);
    auto small = readValue(QJsonValue(0.125));
    CHECK(small.integerDigits == 0);
    CHECK(small.scale == 3);
    CHECK(readValue(QJsonValue(1.5e-30)).exponent);
    CHECK(readValue(QJsonValue(-3.0)).kind == ValueKind::Integer);
}

TEST_CASE("booleans, nulls, objects and arrays are what JSON says they are", "[evolve][types]")
{
    CHECK(readValue(QJsonValue(true)).kind == ValueKind::Boolean);
    CHECK(readValue(QJsonValue(QJsonValue::Null)).kind == ValueKind::Null);
    CHECK(readValue(QJsonValue(QJsonObject())).kind == ValueKind::Object);
    CHECK(readValue(QJsonValue(QJsonArray())).kind == ValueKind::Array);
    CHECK(readValue(QJsonValue(QStringLiteral("true"))).kind == ValueKind::Text);
}
