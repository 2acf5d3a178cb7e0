#pragma once

#include "core/seed/load/restore/integer_key_set.h"
#include "core/seed/load/restore/sqlite_reader.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ss::seed {

// One of a table's foreign keys, a single column, with the keys of the parent column it references in memory.
struct ForeignKeyLookup {
    std::string column;
    const IntegerKeySet* parentKeys = nullptr;
};

// Moves keep the lookups valid (a map's nodes move with it); a copy would not, hence none.
struct ParentKeys {
    ParentKeys() = default;
    ParentKeys(ParentKeys&&) = default;
    ParentKeys& operator=(ParentKeys&&) = default;
    ParentKeys(const ParentKeys&) = delete;
    ParentKeys& operator=(const ParentKeys&) = delete;

    std::vector<ForeignKeyLookup> lookups;  // every foreign key of the table; they point into `sets`
    std::map<std::pair<std::string, std::string>, IntegerKeySet> sets;  // by parent table and column, read once
};

// The parents' integer keys for every foreign key of `table`, when each can be proven the way SQLite's own check
// would look it up: a single column referencing its parent's primary key or the one column of a unique,
// non-partial index, a parent of at most 4 million keys (32 MiB). nullopt otherwise, or with reader.error() set
// when reading failed.
std::optional<ParentKeys> readParentKeys(SqliteReader& reader, const std::string& table);

}  // namespace ss::seed
