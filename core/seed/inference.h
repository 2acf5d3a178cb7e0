#pragma once

#include "core/seed/check_hints.h"
#include "core/seed/seed_profile.h"
#include "core/spec/schema_model.h"

#include <cstdint>
#include <string>

namespace ss::seed {

// The default range of generated dates, and the first and last day of an inferred date dimension: facts dated
// by inference fall inside the calendar the dimension gets.
constexpr const char* kDefaultFirstDay = "2020-01-01";
constexpr const char* kDefaultLastDay = "2025-12-31";

struct InferenceInput {
    const Table& table;
    const Column& column;
    bool unique = false;               // the column must give distinct values (a key)
    std::int64_t rows = 0;             // rows the table gets
    bool dateDimension = false;        // the table is a calendar
    const ColumnHints* hints = nullptr; // what the table's checks say about the column
};

// The generator a column gets when the profile says nothing about it, from its name, type, description,
// default and checks. Never `reference`: foreign keys are inferred by inferReference.
GeneratorSpec inferGenerator(const InferenceInput& input);

// A foreign key's draw: uniform over a calendar or a small parent, Zipf-skewed (s = 1.1) over other dimensions,
// the way a few customers and products account for much of a fact table.
GeneratorSpec inferReference(const Table& child, const Table& parent, bool parentIsCalendar);

// A date dimension: named like one (dim_date, date_dim, calendar) or holding a full date with year and month.
bool looksLikeDateDimension(const Table& table);

// Rows a table gets when the profile does not say: dimensions 100, facts 10,000, other tables 1,000.
std::int64_t defaultRowCount(const Table& table);

}  // namespace ss::seed
