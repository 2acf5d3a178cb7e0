#pragma once

#include "core/sql/dialect.h"

#include <QDate>

#include <string>

namespace ss::query {

enum class TimeGrain { None, Day, Week, Month, Quarter, Year };

const char* toString(TimeGrain grain);  // "day", "week", ...

// A time window as a question says it: absolute ("in 1995", "Q3 2024", "March 2024", "since 2023",
// "between 2021 and 2023") or relative to the data's latest date ("last quarter", "past 6 months", "this year").
struct WindowAsk {
    enum class Kind { Year, Quarter, Month, Since, Before, Range, Last, This };
    Kind kind = Kind::Year;
    int year = 0;
    int part = 0;          // Quarter: 1-4; Month: 1-12
    int lastYear = 0;      // Range: the last year included
    int count = 1;         // Last: how many units
    TimeGrain unit = TimeGrain::Year;  // Last, This
    std::string phrase;    // the words it came from
    bool relative() const { return kind == Kind::Last || kind == Kind::This; }
};

// Dates from `from` up to, not including, `to`, and how to say them.
struct DateRange {
    QDate from;
    QDate to;
    std::string description;  // "2024-07-01 to 2024-09-30 (last quarter: the latest complete quarter in the data, which ends 2024-09-30)"
};

// The dates a window covers; relative windows count back from `latest`, the data's latest date.
DateRange resolveWindow(const WindowAsk& window, const QDate& latest);

// The SQL that turns a date or timestamp (already quoted) into its period as sortable text: 2024-07 for a
// month, 2024-Q3 for a quarter, 2024-W27 (ISO week), 2024 for a year, 2024-07-15 for a day.
std::string grainExpression(Dialect dialect, TimeGrain grain, const std::string& column);

}  // namespace ss::query
