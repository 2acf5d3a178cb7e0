#include <catch2/catch.hpp>

#include "core/query/time_window.h"

using ss::query::DateRange;
using ss::query::resolveWindow;
using ss::query::TimeGrain;
using ss::query::WindowAsk;

namespace {

WindowAsk relative(WindowAsk::Kind kind, TimeGrain unit, int count = 1)
{
    WindowAsk w;
    w.kind = kind;
    w.unit = unit;
    w.count = count;
    w.phrase = "the phrase";
    return w;
}

}  // namespace

TEST_CASE("time windows: last quarter is the latest complete quarter of the data", "[query][time]")
{
    const WindowAsk lastQuarter = relative(WindowAsk::Kind::Last, TimeGrain::Quarter);
    const DateRange ended = resolveWindow(lastQuarter, QDate(2025, 12, 31));
    CHECK(ended.from == QDate(2025, 10, 1));
    CHECK(ended.to == QDate(2026, 1, 1));
    const DateRange midway = resolveWindow(lastQuarter, QDate(2025, 11, 14));
    CHECK(midway.from == QDate(2025, 7, 1));
    CHECK(midway.to == QDate(2025, 10, 1));
    CHECK(midway.description.find("2025-11-14") != std::string::npos);
    const DateRange lastMonth = resolveWindow(relative(WindowAsk::Kind::Last, TimeGrain::Month), QDate(2024, 3, 1));
    CHECK(lastMonth.from == QDate(2024, 2, 1));
    CHECK(lastMonth.to == QDate(2024, 3, 1));
}

TEST_CASE("time windows: the past N units end on the latest date, this year runs to it", "[query][time]")
{
    const DateRange past = resolveWindow(relative(WindowAsk::Kind::Last, TimeGrain::Month, 6), QDate(2024, 8, 31));
    CHECK(past.from == QDate(2024, 3, 1));
    CHECK(past.to == QDate(2024, 9, 1));
    const DateRange thisYear = resolveWindow(relative(WindowAsk::Kind::This, TimeGrain::Year), QDate(2024, 8, 31));
    CHECK(thisYear.from == QDate(2024, 1, 1));
    CHECK(thisYear.to == QDate(2024, 9, 1));
}

TEST_CASE("time windows: years, quarters, months and ranges", "[query][time]")
{
    WindowAsk q3;
    q3.kind = WindowAsk::Kind::Quarter;
    q3.year = 2024;
    q3.part = 3;
    CHECK(resolveWindow(q3, {}).from == QDate(2024, 7, 1));
    CHECK(resolveWindow(q3, {}).to == QDate(2024, 10, 1));
    WindowAsk march;
    march.kind = WindowAsk::Kind::Month;
    march.year = 2024;
    march.part = 2;
    CHECK(resolveWindow(march, {}).to == QDate(2024, 3, 1));
    WindowAsk range;
    range.kind = WindowAsk::Kind::Range;
    range.year = 2021;
    range.lastYear = 2023;
    CHECK(resolveWindow(range, {}).from == QDate(2021, 1, 1));
    CHECK(resolveWindow(range, {}).to == QDate(2024, 1, 1));
}

TEST_CASE("time windows: each dialect's period expression", "[query][time]")
{
    using ss::Dialect;
    using ss::query::grainExpression;
    CHECK(grainExpression(Dialect::Sqlite, TimeGrain::Month, "d") == "strftime('%Y-%m', d)");
    CHECK(grainExpression(Dialect::PostgreSql, TimeGrain::Quarter, "d") == "to_char(d, 'YYYY-\"Q\"Q')");
    CHECK(grainExpression(Dialect::MySql, TimeGrain::Year, "d") == "DATE_FORMAT(d, '%Y')");
    CHECK(grainExpression(Dialect::DuckDb, TimeGrain::Week, "d") == "strftime(d, '%G-W%V')");
}
