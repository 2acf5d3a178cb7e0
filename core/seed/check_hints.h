#pragma once

#include "core/spec/schema_model.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ss::seed {

// What a table's CHECK constraints say about a column, for inference to generate values that pass them.
// Only the simple forms are read: `col IN ('a', 'b')`, `col BETWEEN x AND y`, `col > x` (and >=, <, <=, <>),
// `col >= other_col`, joined by AND. Anything else says nothing.
struct ColumnHints {
    std::optional<double> min;
    std::optional<double> max;
    bool minExclusive = false;
    bool maxExclusive = false;
    bool nonZero = false;
    std::vector<std::string> allowed;  // IN list
    std::string atLeast;               // another column this one must not be below
    bool strictlyAbove = false;        // ... or must exceed
};

// Keyed by lower-cased column name.
std::map<std::string, ColumnHints> hintsFromChecks(const Table& table);

}  // namespace ss::seed
