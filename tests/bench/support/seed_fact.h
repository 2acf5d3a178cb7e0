#pragma once

#include "core/seed/seed_plan.h"
#include "core/spec/schema_model.h"

#include <cstddef>

namespace bench {

// The 6-column fact of the seeding benchmarks: a Zipf-skewed FK into a 10,000-row customer dimension, a uniform
// FK into the date dimension, a patterned unique id, a date with a trend, a lognormal DECIMAL(12,2) amount and a
// Poisson quantity.
const ss::SchemaModel& factModel();
ss::seed::SeedPlan makeFactPlan(long long factRows);
std::size_t factTableIndex(const ss::seed::SeedPlan& plan);

}  // namespace bench
