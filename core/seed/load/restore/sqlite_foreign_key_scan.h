#pragma once

#include <string>

struct sqlite3;

namespace ss::seed {

// Proves a freshly loaded table's foreign keys with one pass over its rows, against its parents' keys held in memory
// (IntegerKeySet), where PRAGMA foreign_key_check passes over the table once per key and searches the parent's
// B-tree for every value: the demo's fact of 6M rows and five keys, 1.6 s instead of 6.8 s.
//
// Only what it can prove the way SQLite's own check would: every key a single column referencing its parent's
// primary key or a unique, non-partial index on one column, every value in the table NULL or an integer the
// parent holds as an integer. Anything else (a composite or text key, a value of another type, a value the parent
// lacks, a parent of more than 4 million keys) leaves the question to PRAGMA foreign_key_check, which also names
// what is broken.
struct ForeignKeyScan {
    bool proven = false;
    std::string error;  // reading failed (or was interrupted): what was being done, with SQLite's message
};

ForeignKeyScan scanForeignKeys(sqlite3* db, const std::string& table);

}  // namespace ss::seed
