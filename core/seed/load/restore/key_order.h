#pragma once

#include "core/seed/seed_plan.h"

namespace ss::seed {

// Whether a planned table's rows reach its primary key in ascending order, so that the key's index only ever grows
// at its end and a load needs no cache for it: true for a table without a key, and when the key's first column is
// a sequence counting up or a pattern whose first varying part is a {seq} zero-padded wide enough for every row
// ("ORD-{seq:010}"). Anything else (references, random values, a {seq} that outgrows its width and so stops
// sorting in row order) counts as out of order.
bool primaryKeyInRowOrder(const PlannedTable& table);

}  // namespace ss::seed
