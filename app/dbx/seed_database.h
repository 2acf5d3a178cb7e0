#pragma once

#include "app/dbx/cli_args.h"
#include "core/seed/seed_plan.h"

#include <string>

namespace dbx {

// `dbx seed --db URL|ENVIRONMENT [--project DIR] [--replace] [--json]`: loads the plan's rows into the database,
// with progress on stderr and Ctrl-C stopping cleanly. Returns the exit code: 0 loaded, 1 refused, failed or
// cancelled (the run log says what stayed), 2 a bad URL.
int seedIntoDatabase(const Args& args, const ss::seed::SeedPlan& plan, std::size_t batchSize, const std::string& usage);

}  // namespace dbx
