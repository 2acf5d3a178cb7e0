#pragma once

#include "core/seed/load/bulk_loader.h"

namespace ss::seed {

// Through the QPSQL driver's own libpq connection: COPY ... FROM STDIN in text format, one transaction per
// table, identity sequences moved past the keys written before the commit.
std::unique_ptr<BulkLoader> makePostgreSqlLoader(DatabaseConnection& connection, std::string& error);

}  // namespace ss::seed
