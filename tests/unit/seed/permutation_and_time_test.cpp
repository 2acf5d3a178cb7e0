#include "unit/seed/seed_test_support.h"

#include "core/seed/civil_time.h"
#include "core/seed/permutation.h"

#include <QDate>
#include <set>

TEST_CASE("a permutation maps 0..n-1 onto itself without repeating")
{
    for (std::uint64_t n : {1u, 2u, 7u, 1000u, 4097u}) {
        const ss::seed::Permutation p(n, 1234);
        std::set<std::uint64_t> seen;
        for (std::uint64_t i = 0; i < n; ++i) {
            const std::uint64_t v = p(i);
            CHECK(v < n);
            seen.insert(v);
        }
        CHECK(seen.size() == n);
    }
}

TEST_CASE("civil dates agree with QDate: conversion, day of week, ISO week, day of year")
{
    for (qint64 jd = QDate(1899, 12, 25).toJulianDay(); jd <= QDate(2101, 1, 7).toJulianDay(); jd += 3) {
        const QDate q = QDate::fromJulianDay(jd);
        const std::int64_t days = ss::seed::daysFromCivil({q.year(), q.month(), q.day()});
        const ss::seed::CivilDate back = ss::seed::civilFromDays(days);
        REQUIRE(back.year == q.year());
        REQUIRE(back.month == q.month());
        REQUIRE(back.day == q.day());
        REQUIRE(days == jd - QDate(1970, 1, 1).toJulianDay());
        REQUIRE(ss::seed::isoDayOfWeek(days) == q.dayOfWeek());
        REQUIRE(ss::seed::isoWeek(days) == q.weekNumber());
        REQUIRE(ss::seed::dayOfYear(days) == q.dayOfYear());
    }
}

TEST_CASE("dates, timestamps and times parse and format back to the same text")
{
    CHECK(ss::seed::parseDate("2024-02-29").has_value());
    CHECK_FALSE(ss::seed::parseDate("2023-02-29"));
    CHECK_FALSE(ss::seed::parseDate("2023-1-05"));
    std::string out;
    ss::seed::appendTimestamp(out, *ss::seed::parseTimestamp("1969-12-31 23:59:58"));
    CHECK(out == "1969-12-31 23:59:58");
    out.clear();
    ss::seed::appendTimeOfDay(out, *ss::seed::parseTimeOfDay("08:05"));
    CHECK(out == "08:05:00");
    out.clear();
    ss::seed::appendDecimal(out, -5, 2);
    out += ' ';
    ss::seed::appendDecimal(out, 123456, 3);
    out += ' ';
    ss::seed::appendDecimal(out, 7, 0);
    CHECK(out == "-0.05 123.456 7");
}
