#include "core/seed/civil_time.h"
#include "core/seed/generators/builders.h"
#include "core/seed/generators/value_output.h"

namespace ss::seed {

namespace {

enum class Field {
    FullDate, DateKey, Year, Quarter, Month, MonthName, DayOfMonth, DayOfWeek, DayName, DayOfYear, WeekOfYear,
    IsWeekend, IsMonthEnd, IsHoliday, FiscalYear, FiscalQuarter
};

struct FieldName {
    const char* name;
    Field field;
};

constexpr FieldName kFields[] = {
    {"full_date", Field::FullDate},       {"date_key", Field::DateKey},         {"year", Field::Year},
    {"quarter", Field::Quarter},          {"month", Field::Month},              {"month_name", Field::MonthName},
    {"day_of_month", Field::DayOfMonth},  {"day_of_week", Field::DayOfWeek},    {"day_name", Field::DayName},
    {"day_of_year", Field::DayOfYear},    {"week_of_year", Field::WeekOfYear},  {"is_weekend", Field::IsWeekend},
    {"is_month_end", Field::IsMonthEnd},  {"is_holiday", Field::IsHoliday},     {"fiscal_year", Field::FiscalYear},
    {"fiscal_quarter", Field::FiscalQuarter},
};

// Row r of a date dimension is the day start + r: every attribute follows from that day, so the rows form a
// real calendar whatever the batches.
class CalendarGenerator : public ColumnGenerator {
public:
    CalendarGenerator(std::int64_t start, Field field, int fiscalStart) : m_start(start), m_field(field), m_fiscalStart(fiscalStart) {}

    void fill(const FillRequest& request, ColumnBuffer& out) const override
    {
        for (std::size_t i = 0; i < request.count; ++i) {
            const std::int64_t day = m_start + request.rows[i];
            if (m_field == Field::FullDate) {
                storeDay(out, i, day);
                continue;
            }
            const CivilDate d = civilFromDays(day);
            const int dow = isoDayOfWeek(day);
            // The fiscal year is named after the calendar year it ends in.
            const int fiscalMonth = (d.month - m_fiscalStart + 12) % 12;  // 0 = first month of the fiscal year
            const int fiscalYear = m_fiscalStart == 1 ? d.year : (d.month >= m_fiscalStart ? d.year + 1 : d.year);
            switch (m_field) {
            case Field::FullDate: break;
            case Field::DateKey: storeNumber(out, i, d.year * 10000.0 + d.month * 100 + d.day); break;
            case Field::Year: storeNumber(out, i, d.year); break;
            case Field::Quarter: storeNumber(out, i, (d.month - 1) / 3 + 1); break;
            case Field::Month: storeNumber(out, i, d.month); break;
            case Field::MonthName: out.setText(i, monthName(d.month)); break;
            case Field::DayOfMonth: storeNumber(out, i, d.day); break;
            case Field::DayOfWeek: storeNumber(out, i, dow); break;
            case Field::DayName: out.setText(i, dayName(dow)); break;
            case Field::DayOfYear: storeNumber(out, i, dayOfYear(day)); break;
            case Field::WeekOfYear: storeNumber(out, i, isoWeek(day)); break;
            case Field::IsWeekend: storeNumber(out, i, dow >= 6); break;
            case Field::IsMonthEnd: storeNumber(out, i, d.day == daysInMonth(d.year, d.month)); break;
            case Field::IsHoliday:
                // The fixed-date holidays most calendars share: New Year's Day, Christmas Day and the day after.
                storeNumber(out, i, (d.month == 1 && d.day == 1) || (d.month == 12 && (d.day == 25 || d.day == 26)));
                break;
            case Field::FiscalYear: storeNumber(out, i, fiscalYear); break;
            case Field::FiscalQuarter: storeNumber(out, i, fiscalMonth / 3 + 1); break;
            }
        }
    }

private:
    std::int64_t m_start;
    Field m_field;
    int m_fiscalStart;
};

}  // namespace

bool isCalendarField(std::string_view name)
{
    for (const FieldName& f : kFields)
        if (name == f.name)
            return true;
    return false;
}

std::string calendarFieldNames()
{
    std::string out;
    for (const FieldName& f : kFields)
        out += (out.empty() ? "" : ", ") + std::string(f.name);
    return out;
}

GeneratorPtr buildCalendar(const GeneratorSpec& spec, GeneratorContext& ctx, std::string& error)
{
    const Field* field = nullptr;
    for (const FieldName& f : kFields)
        if (spec.field == f.name)
            field = &f.field;
    if (!field) {
        error = "calendar needs a `field`, such as full_date, year or day_of_week";
        return nullptr;
    }
    if (!ctx.calendarStart) {
        error = "calendar fields need the table's first day: give it `calendar: {start: YYYY-MM-DD}`";
        return nullptr;
    }
    const bool textual = *field == Field::MonthName || *field == Field::DayName;
    const ValueKind kind = ctx.shape.kind;
    if (textual ? kind != ValueKind::Text
                : (*field == Field::FullDate ? kind != ValueKind::Date && kind != ValueKind::Timestamp && kind != ValueKind::Text
                                             : kind == ValueKind::Date || kind == ValueKind::Timestamp || kind == ValueKind::Time ||
                                                   kind == ValueKind::Blob)) {
        error = "calendar field " + spec.field + " does not fit column " + ctx.column + " (" + toString(kind) + ")";
        return nullptr;
    }
    if (spec.unique && *field != Field::FullDate && *field != Field::DateKey) {
        error = "only the calendar fields full_date and date_key are distinct for every day";
        return nullptr;
    }
    return std::make_unique<CalendarGenerator>(*ctx.calendarStart, *field, static_cast<int>(spec.fiscalStart.value_or(1)));
}

}  // namespace ss::seed
