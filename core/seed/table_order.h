#pragma once

#include "core/spec/diagnostic.h"
#include "core/spec/schema_model.h"

#include <cstddef>
#include <vector>

namespace ss::seed {

struct TableOrder {
    std::vector<std::size_t> order;           // indexes into model.tables, parents before children
    std::vector<std::vector<bool>> deferred;  // per table, per foreign key: filled after all inserts
};

// Orders the tables so that every table follows the tables its foreign keys reference (Kahn's algorithm, in
// spec order among equals). A cycle is broken at its first nullable foreign key, which is then NULL when the
// rows are inserted and set by an update afterwards; so is a nullable self-reference. A cycle of NOT NULL keys
// cannot be loaded at all and is reported at the foreign key that starts it. Errors go to `errors`.
TableOrder orderTables(const SchemaModel& model, std::vector<Diagnostic>& errors);

}  // namespace ss::seed
