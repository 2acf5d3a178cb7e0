#include "core/query/time_window.h"

namespace ss::query {

namespace {

std::string iso(const QDate& date)
{
    return date.toString(Qt::ISODate).toStdString();
}

QDate quarterStart(const QDate& date)
{
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

// The start of the latest complete `unit` of data ending at `latest`: the one containing `latest` when it is the
// unit's last day, else the one before.
QDate lastCompleteStart(TimeGrain unit, const QDate& latest)
{
    const QDate next = latest.addDays(1);
    switch (unit) {
    case TimeGrain::Day:
        return latest;
    case TimeGrain::Week: {
        const QDate weekStart = latest.addDays(1 - latest.dayOfWeek());
        return next.dayOfWeek() == 1 ? weekStart : weekStart.addDays(-7);
    }
    case TimeGrain::Month: {
        const QDate monthStart(latest.year(), latest.month(), 1);
        return next.day() == 1 ? monthStart : monthStart.addMonths(-1);
    }
    case TimeGrain::Quarter: {
        const QDate start = quarterStart(latest);
        return quarterStart(next) != start ? start : start.addMonths(-3);
    }
    case TimeGrain::Year:
    case TimeGrain::None:
        break;
    }
    const QDate yearStart(latest.year(), 1, 1);
    return next.year() != latest.year() ? yearStart : yearStart.addYears(-1);
}

QDate addUnits(const QDate& date, TimeGrain unit, int count)
{
    switch (unit) {
    case TimeGrain::Day: return date.addDays(count);
    case TimeGrain::Week: return date.addDays(7 * count);
    case TimeGrain::Month: return date.addMonths(count);
    case TimeGrain::Quarter: return date.addMonths(3 * count);
    case TimeGrain::Year:
    case TimeGrain::None: break;
    }
    return date.addYears(count);
}

}  // namespace

const char* toString(TimeGrain grain)
{
    switch (grain) {
    case TimeGrain::Day: return "day";
    case TimeGrain::Week: return "week";
    case TimeGrain::Month: return "month";
    case TimeGrain::Quarter: return "quarter";
    case TimeGrain::Year: return "year";
    case TimeGrain::None: break;
    }
    return "none";
}

DateRange resolveWindow(const WindowAsk& window, const QDate& latest)
{
    DateRange range;
    std::string how;
    switch (window.kind) {
    case WindowAsk::Kind::Year:
        range.from = QDate(window.year, 1, 1);
        range.to = range.from.addYears(1);
        break;
    case WindowAsk::Kind::Quarter:
        range.from = QDate(window.year, (window.part - 1) * 3 + 1, 1);
        range.to = range.from.addMonths(3);
        break;
    case WindowAsk::Kind::Month:
        range.from = QDate(window.year, window.part, 1);
        range.to = range.from.addMonths(1);
        break;
    case WindowAsk::Kind::Since:
        range.from = QDate(window.year, 1, 1);
        range.to = latest.isValid() ? latest.addDays(1) : QDate(9999, 12, 31);
        break;
    case WindowAsk::Kind::Before:
        range.from = QDate(1, 1, 1);
        range.to = QDate(window.year, 1, 1);
        break;
    case WindowAsk::Kind::Range:
        range.from = QDate(window.year, 1, 1);
        range.to = QDate(window.lastYear + 1, 1, 1);
        break;
    case WindowAsk::Kind::Last: {
        if (window.count == 1) {
            range.from = lastCompleteStart(window.unit, latest);
            range.to = addUnits(range.from, window.unit, 1);
            how = std::string("the latest complete ") + toString(window.unit) + " in the data, whose latest date is " + iso(latest);
        } else {
            range.to = latest.addDays(1);
            range.from = addUnits(range.to, window.unit, -window.count);
            how = "counted back from the data's latest date, " + iso(latest);
        }
        break;
    }
    case WindowAsk::Kind::This: {
        range.to = latest.addDays(1);
        range.from = window.unit == TimeGrain::Month     ? QDate(latest.year(), latest.month(), 1)
                     : window.unit == TimeGrain::Quarter ? quarterStart(latest)
                     : window.unit == TimeGrain::Week    ? latest.addDays(1 - latest.dayOfWeek())
                                                         : QDate(latest.year(), 1, 1);
        how = std::string("the ") + toString(window.unit) + " of the data's latest date, " + iso(latest);
        break;
    }
    }
    range.description = iso(range.from) + " to " + iso(range.to.addDays(-1));
    if (window.kind == WindowAsk::Kind::Before)
        range.description = "before " + iso(range.to);
    if (!how.empty())
        range.description += " (" + window.phrase + ": " + how + ")";
    return range;
}

std::string grainExpression(Dialect dialect, TimeGrain grain, const std::string& c)
{
    switch (dialect) {
    case Dialect::Sqlite:
        switch (grain) {
        case TimeGrain::Day: return "date(" + c + ")";
        case TimeGrain::Week: return "strftime('%Y-W%W', " + c + ")";
        case TimeGrain::Month: return "strftime('%Y-%m', " + c + ")";
        case TimeGrain::Quarter:
            return "strftime('%Y', " + c + ") || '-Q' || ((CAST(strftime('%m', " + c + ") AS INTEGER) + 2) / 3)";
        default: return "strftime('%Y', " + c + ")";
        }
    case Dialect::PostgreSql:
        switch (grain) {
        case TimeGrain::Day: return "to_char(" + c + ", 'YYYY-MM-DD')";
        case TimeGrain::Week: return "to_char(" + c + ", 'IYYY-\"W\"IW')";
        case TimeGrain::Month: return "to_char(" + c + ", 'YYYY-MM')";
        case TimeGrain::Quarter: return "to_char(" + c + ", 'YYYY-\"Q\"Q')";
        default: return "to_char(" + c + ", 'YYYY')";
        }
    case Dialect::MySql:
        switch (grain) {
        case TimeGrain::Day: return "DATE_FORMAT(" + c + ", '%Y-%m-%d')";
        case TimeGrain::Week: return "DATE_FORMAT(" + c + ", '%x-W%v')";
        case TimeGrain::Month: return "DATE_FORMAT(" + c + ", '%Y-%m')";
        case TimeGrain::Quarter: return "CONCAT(YEAR(" + c + "), '-Q', QUARTER(" + c + "))";
        default: return "DATE_FORMAT(" + c + ", '%Y')";
        }
    case Dialect::DuckDb:
        break;
    }
    switch (grain) {
    case TimeGrain::Day: return "strftime(" + c + ", '%Y-%m-%d')";
    case TimeGrain::Week: return "strftime(" + c + ", '%G-W%V')";
    case TimeGrain::Month: return "strftime(" + c + ", '%Y-%m')";
    case TimeGrain::Quarter: return "strftime(" + c + ", '%Y') || '-Q' || quarter(" + c + ")";
    default: return "strftime(" + c + ", '%Y')";
    }
}

}  // namespace ss::query
