#pragma once

#include "core/spec/source_location.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ss::seed {

struct WeightedValue {
    std::string value;
    double weight = 1;

    friend bool operator==(const WeightedValue&, const WeightedValue&) = default;
};

struct GeneratorCase;

// How one column is generated: the generator's name and its parameters as the profile writes them. Which
// parameters a generator reads is listed in generator_catalog.h; the reader refuses the others.
struct GeneratorSpec {
    std::string generator;
    std::string start;                     // sequence / pattern: a number; date: a date; timestamp: a timestamp
    std::string end;                       // date, timestamp and time ranges
    std::optional<double> step;            // sequence
    std::optional<double> min;             // numbers: clip bounds; offset / ratio: the range; text: words
    std::optional<double> max;
    std::optional<double> mean;            // normal, exponential, poisson
    std::optional<double> stddev;          // normal
    std::optional<double> median;          // lognormal
    std::optional<double> sigma;           // lognormal: standard deviation of the logarithm
    std::optional<double> probability;     // boolean: chance of true
    std::optional<double> trend;           // date / timestamp: density at the end relative to the start, minus 1
    std::vector<double> seasonality;       // date / timestamp: 12 monthly weights
    std::vector<WeightedValue> values;     // categorical
    std::string pattern;                   // pattern: "LN-{seq:08}"
    std::vector<std::string> of;           // offset / ratio: the column it follows; email: the name columns
    std::string distribution;              // reference: uniform or zipf
    std::optional<double> s;               // reference: Zipf exponent
    std::string field;                     // calendar: which attribute of the day
    std::optional<double> fiscalStart;     // calendar: month the fiscal year starts in
    std::optional<double> length;          // bytes: how many
    std::optional<double> nullRate;        // share of NULLs, 0-1
    bool unique = false;
    std::string given;                     // the column whose value picks a case
    std::vector<GeneratorCase> cases;      // per value of `given`: parameters that replace these
    SourceLocation loc;

    friend bool operator==(const GeneratorSpec&, const GeneratorSpec&) = default;
};

struct GeneratorCase {
    std::string value;
    GeneratorSpec spec;  // only what the case changes: empty text, unset numbers and empty lists are inherited
    SourceLocation loc;

    friend bool operator==(const GeneratorCase&, const GeneratorCase&) = default;
};

struct ColumnProfile {
    std::string name;
    GeneratorSpec spec;
    SourceLocation loc;

    friend bool operator==(const ColumnProfile&, const ColumnProfile&) = default;
};

struct TableProfile {
    std::string name;
    std::optional<std::int64_t> rows;  // a fixed count, multiplied by --scale
    std::string per;                   // or: factor × the rows of this table
    double factor = 1;
    std::string calendarStart;         // a date dimension: one row per day from start
    std::string calendarEnd;           // to end (inclusive), unless rows says how many
    std::vector<ColumnProfile> columns;
    SourceLocation loc;
    SourceLocation rowsLoc;

    const ColumnProfile* findColumn(const std::string& column) const;  // case-insensitive
    friend bool operator==(const TableProfile&, const TableProfile&) = default;
};

// A seeding profile (a YAML file under a project's seeding_profiles/): how many rows each table gets and how
// each column is generated. Tables and columns it leaves out are inferred from the spec.
struct SeedProfile {
    int version = 1;
    std::optional<std::uint64_t> seed;
    std::vector<TableProfile> tables;

    const TableProfile* findTable(const std::string& table) const;  // case-insensitive
    friend bool operator==(const SeedProfile&, const SeedProfile&) = default;
};

}  // namespace ss::seed
