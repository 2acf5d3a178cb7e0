#pragma once

#include "core/seed/load/bulk_loader.h"

namespace ss::seed {

// Through DuckDB's Appender on the QDUCKDB driver's own connection: values appended column kind by column kind
// straight from the batch (dates, times and timestamps in DuckDB's own units, which are the batch's), one
// transaction per table, the key sequences moved past the keys written.
std::unique_ptr<BulkLoader> makeDuckDbLoader(DatabaseConnection& connection, std::string& error);

}  // namespace ss::seed
