#pragma once

#include "core/seed/load/bulk_loader.h"

namespace ss::seed {

// Through the QSQLITE driver's own sqlite3 handle: multi-row INSERT statements prepared once per table and
// re-bound for every group of rows (text bound in place, not copied), one transaction per table, synchronous
// writes off for the load and restored afterwards.
std::unique_ptr<BulkLoader> makeSqliteLoader(DatabaseConnection& connection, std::string& error);

}  // namespace ss::seed
