// The type detectors, each on the values it must and must not recognise.
#include "support/evolve_support.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <cstring>

using ss::evolve::ValueKind;
using evolve_test::readJson;

TEST_CASE("ISO timestamps are recognised with or without a zone and normalised to UTC", "[evolve][types]")
{
    auto r = readJson(QJsonValue(QStringLiteral("2024-03-01T10:15:00Z")));
    CHECK(r.kind == ValueKind::Timestamp);
    CHECK(std::string(r.detector) == "iso_timestamp");
    CHECK(r.text == std::string("2024-03-01 10:15:00"));
    CHECK(readJson(QJsonValue(QStringLiteral("2024-03-01T12:15:00+02:00"))).text == std::string("2024-03-01 10:15:00"));
    CHECK(readJson(QJsonValue(QStringLiteral("2024-03-01 10:15"))).kind == ValueKind::Timestamp);
    CHECK(readJson(QJsonValue(QStringLiteral("2024-13-01T10:15:00"))).kind == ValueKind::Text);
}

TEST_CASE("ISO dates and dates written in words are dates, impossible days are text", "[evolve][types]")
{
    CHECK(readJson(QJsonValue(QStringLiteral("1998-06-12"))).kind == ValueKind::Date);
    const std::pair<const char*, const char*> written[] = {{"Jun 12 1998", "1998-06-12"},  {"June 12, 1998", "1998-06-12"},
                                                           {"12 June 1998", "1998-06-12"}, {"12 Jun 1998", "1998-06-12"},
                                                           {"Sept 12 1998", "1998-09-12"}};
    for (const auto& [text, iso] : written) {
        INFO(text);
        const auto r = readJson(QJsonValue(QString::fromLatin1(text)));
        CHECK(r.kind == ValueKind::Date);
        CHECK(std::string(r.detector) == "written_date");
        CHECK(r.text == std::string(iso));
    }
    CHECK(readJson(QJsonValue(QStringLiteral("Feb 30 2020"))).kind == ValueKind::Text);
    CHECK(readJson(QJsonValue(QStringLiteral("Junk 12 1998"))).kind == ValueKind::Text);
    const auto withTime = readJson(QJsonValue(QStringLiteral("Jun 12 1998 2:30 PM")));
    CHECK(withTime.kind == ValueKind::Timestamp);
    CHECK(withTime.text == std::string("1998-06-12 14:30:00"));
}

TEST_CASE("strings of digits stay text so that codes keep their leading zeros", "[evolve][types]")
{
    const auto r = readJson(QJsonValue(QStringLiteral("004")));
    CHECK(r.kind == ValueKind::Text);
    CHECK(r.text == std::string("004"));
}

TEST_CASE("numbers are integers or decimals with the digits their shortest spelling needs", "[evolve][types]")
{
    auto i = readJson(QJsonValue(1234567));
    CHECK(i.kind == ValueKind::Integer);
    CHECK(i.integerDigits == 7);
    auto d = readJson(QJsonValue(1234.56));
    CHECK(d.kind == ValueKind::Decimal);
    CHECK(d.integerDigits == 4);
    CHECK(d.scale == 2);
    auto small = readJson(QJsonValue(0.125));
    CHECK(small.integerDigits == 0);
    CHECK(small.scale == 3);
    CHECK(readJson(QJsonValue(1.5e-30)).exponent);
    CHECK(readJson(QJsonValue(-3.0)).kind == ValueKind::Integer);
}

TEST_CASE("booleans, nulls, objects and arrays are what JSON says they are", "[evolve][types]")
{
    CHECK(readJson(QJsonValue(true)).kind == ValueKind::Boolean);
    CHECK(readJson(QJsonValue(QJsonValue::Null)).kind == ValueKind::Null);
    CHECK(readJson(QJsonValue(QJsonObject())).kind == ValueKind::Object);
    CHECK(readJson(QJsonValue(QJsonArray())).kind == ValueKind::Array);
    CHECK(readJson(QJsonValue(QStringLiteral("true"))).kind == ValueKind::Text);
}

namespace {

ss::evolve::ValueReading readText(const char* json)
{
    simdjson::dom::parser parser;
    simdjson::dom::element value;
    REQUIRE(parser.parse(json, std::strlen(json)).get(value) == simdjson::SUCCESS);
    return ss::evolve::readValue(value);
}

}  // namespace

TEST_CASE("a number's kind does not depend on its spelling, and integers stay exact past a double's precision", "[evolve][types]")
{
    CHECK(readText("1.0").kind == ValueKind::Integer);
    CHECK(readText("1.0").text == "1");
    CHECK(readText("1e3").text == "1000");
    const auto big = readText("9007199254740993");
    CHECK(big.kind == ValueKind::Integer);
    CHECK(big.text == "9007199254740993");
    CHECK(big.integerDigits == 16);
    const auto beyond = readText("18446744073709551615");  // past a signed 64-bit integer: only a decimal holds it
    CHECK(beyond.kind == ValueKind::Decimal);
    CHECK(beyond.text == "18446744073709551615");
    CHECK(beyond.integerDigits == 20);
}

TEST_CASE("ISO timestamps at their edges: zones without a colon, fractions, the day before in UTC, days that do not exist", "[evolve][types]")
{
    CHECK(readText(R"("2024-03-01T01:00:00+0200")").text == "2024-02-29 23:00:00");
    CHECK(readText(R"("2024-12-31T23:30:00-01:00")").text == "2025-01-01 00:30:00");
    CHECK(readText(R"("2024-01-01T10:15:30.123456Z")").text == "2024-01-01 10:15:30");
    CHECK(readText(R"("2024-01-01 10:15:30")").text == "2024-01-01 10:15:30");
    for (const char* notOne : {R"("2023-02-29")", R"("2024-01-01T24:00:00")", R"("2024-01-01T10:15:30.Z")",
                               R"("2024-01-01T10:60")", R"("2024-01-01T10:15:00+25:00")", R"("2024-1-01")"}) {
        INFO(notOne);
        CHECK(readText(notOne).kind == ValueKind::Text);
    }
    CHECK(readText(R"("2024-02-29")").kind == ValueKind::Date);
}

TEST_CASE("text is measured in characters, not bytes", "[evolve][types]")
{
    CHECK(readText(R"("Zürich")").length == 6);
    CHECK(readText(R"("東京")").length == 2);
}
