#pragma once

#include "core/seed/load/restore/bulk_restore.h"

namespace ss::seed {

// MariaDB/MySQL: foreign_key_checks and unique_checks off for the session, so that InnoDB loads each empty table
// in bulk and builds its indexes after the rows; each foreign key is then verified by one query on its distinct
// values once the table is committed (a violation deletes the rows again). Nothing is dropped: DDL would commit
// on its own and could not be rolled back with the rows.
std::unique_ptr<BulkRestore> makeMySqlRestore(DatabaseConnection& connection);

}  // namespace ss::seed
