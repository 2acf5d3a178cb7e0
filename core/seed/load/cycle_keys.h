#pragma once

#include "core/db/database_connection.h"
#include "core/seed/load/seed_run.h"

#include <atomic>
#include <functional>
#include <string>

namespace ss::seed {

// Sets the foreign keys of the planned table `index` that close a cycle (inserted as NULL), row by row in one
// transaction, once every table holds its rows. Returns an empty string, or the error (then rolled back);
// `complete` is false when it was cancelled.
std::string setCycleKeys(DatabaseConnection& connection, const SeedPlan& plan, std::size_t index, std::size_t batchSize,
                         const std::atomic<bool>* cancel, const std::function<void(const TableProgress&)>& report, bool& complete);

}  // namespace ss::seed
