#pragma once

#include "core/seed/generators/column_generator.h"
#include "core/seed/random.h"
#include "core/seed/seed_profile.h"

#include <memory>
#include <string>

namespace ss::seed {

using GeneratorPtr = std::unique_ptr<ColumnGenerator>;

// One builder per family of generators. Each checks what only the column can tell (its kind, its length, the
// table's row count against the distinct values a unique column can have) and returns null with a message for
// the user when the spec does not fit the column.
GeneratorPtr buildNumber(const GeneratorSpec& spec, GeneratorContext& ctx, std::string& error);       // sequence, uniform, normal, lognormal, exponential, poisson
GeneratorPtr buildChoice(const GeneratorSpec& spec, GeneratorContext& ctx, std::string& error);       // categorical, boolean
GeneratorPtr buildTemporal(const GeneratorSpec& spec, GeneratorContext& ctx, std::string& error);     // date, timestamp, time
GeneratorPtr buildDerived(const GeneratorSpec& spec, GeneratorContext& ctx, std::string& error);      // offset, ratio
GeneratorPtr buildPattern(const GeneratorSpec& spec, GeneratorContext& ctx, std::string& error);
GeneratorPtr buildPerson(const GeneratorSpec& spec, GeneratorContext& ctx, std::string& error);       // first_name, last_name, full_name, email
GeneratorPtr buildPlace(const GeneratorSpec& spec, GeneratorContext& ctx, std::string& error);        // city, region, country, country_code, phone, street_address
GeneratorPtr buildCatalogText(const GeneratorSpec& spec, GeneratorContext& ctx, std::string& error);  // company_name, product_name, text, uuid, bytes
GeneratorPtr buildCalendar(const GeneratorSpec& spec, GeneratorContext& ctx, std::string& error);

// The attributes of a day the calendar generator knows ("full_date", "year", ...).
bool isCalendarField(std::string_view name);
std::string calendarFieldNames();  // comma-separated, for messages

// Checks shared by the builders; each sets `error` and returns false when the column cannot take the values.
bool requireText(const GeneratorSpec& spec, const GeneratorContext& ctx, std::string& error);
// A unique name or address ends in the row number; the column must hold it and `extra` characters more.
bool roomForRowNumber(const GeneratorContext& ctx, std::size_t extra, std::string& error);

// Fills values with a per-row draw: value i from RowRandom(stream, rows[i]).
template <typename Draw>
void fillRows(const FillRequest& request, std::uint64_t stream, Draw draw)
{
    for (std::size_t i = 0; i < request.count; ++i) {
        RowRandom random(stream, request.rows[i]);
        draw(i, random);
    }
}

}  // namespace ss::seed
