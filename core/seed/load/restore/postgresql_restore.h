#pragma once

#include "core/seed/load/restore/bulk_restore.h"

namespace ss::seed {

// PostgreSQL: foreign keys, checks, secondary indexes and the keys no foreign key depends on are dropped before
// the table's COPY and put back after it in the same transaction, as the catalog defined them (with their
// comments); checks and foreign keys come back NOT VALID and are then validated by one scan each. ANALYZE once
// every table is in.
std::unique_ptr<BulkRestore> makePostgreSqlRestore(DatabaseConnection& connection, std::string& error);

}  // namespace ss::seed
