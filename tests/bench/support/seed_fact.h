#pragma once

#include "core/seed/load/seed_run.h"
#include "core/seed/seed_plan.h"
#include "core/spec/schema_model.h"

#include <cstddef>
#include <string>

namespace bench {

// The 6-column fact of the seeding benchmarks: a Zipf-skewed FK into a 10,000-row customer dimension, a uniform
// FK into the date dimension, a patterned unique id, a date with a trend, a lognormal DECIMAL(12,2) amount and a
// Poisson quantity.
const ss::SchemaModel& factModel();
ss::seed::SeedPlan makeFactPlan(long long factRows);
std::size_t factTableIndex(const ss::seed::SeedPlan& plan);

// A new file database at `url` (sqlite:// or duckdb://) holding the benchmark's schema, empty. Exits with a
// message when it cannot be made.
void createFactDatabase(const std::string& url);
// Seeds `plan` into the database at `url`, which holds the schema; exits with a message on failure.
ss::seed::SeedRunResult seedDatabaseAt(const ss::seed::SeedPlan& plan, const std::string& url);
// Creates the database at `url` and seeds `plan` into it; exits with a message on failure.
ss::seed::SeedRunResult seedNewDatabase(const ss::seed::SeedPlan& plan, const std::string& url);

}  // namespace bench
