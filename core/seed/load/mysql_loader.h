#pragma once

#include "core/seed/load/bulk_loader.h"

namespace ss::seed {

// MySQL/MariaDB: LOAD DATA LOCAL INFILE from a temporary file refilled for every chunk of rows when the server's
// local_infile allows it, else multi-row INSERT statements prepared once and re-bound. One transaction per table.
std::unique_ptr<BulkLoader> makeMySqlLoader(DatabaseConnection& connection, const LoaderOptions& options, std::string& error);

}  // namespace ss::seed
