#pragma once

#include "core/seed/load/restore/bulk_restore.h"

namespace ss::seed {

// SQLite: the table's indexes (as their CREATE INDEX wrote them) dropped before its rows and created again after
// them in the same transaction; foreign-key enforcement off for the load and PRAGMA foreign_key_check on each
// table instead; a page cache sized for the largest table. PRAGMAs go back to what they were.
std::unique_ptr<BulkRestore> makeSqliteRestore(DatabaseConnection& connection, std::string& error);

}  // namespace ss::seed
