#pragma once

#include "core/seed/load/restore/sqlite_parent_keys.h"
#include "core/seed/row_batch.h"
#include "core/seed/seed_plan.h"

#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace ss::seed {

// Proves a table's foreign keys on the values the loader binds, batch by batch as they go in, so that the rows are
// not read back afterwards (the demo's fact at x10: its five keys, 0.2 s of reading, now a few milliseconds of
// lookups beside the load). It holds only where the rows in the table are exactly the rows written, with the
// integers bound as they are stored: the table empty when its load begins and without triggers (one could change
// what is stored), and each key's column among the written ones, generated as integers and declared with INTEGER
// affinity. Where it does not hold, or a value is not among its parent's keys, proven() is false and the table's
// rows are read back as before (scanForeignKeys, then PRAGMA foreign_key_check, which names what is broken).
class WrittenForeignKeys {
public:
    WrittenForeignKeys() = default;

    // Inside the table's transaction, before its first row. Returns an error only when reading the catalog failed.
    std::string watch(sqlite3* db, const PlannedTable& table);
    void written(const RowBatch& batch);
    bool proven() const { return m_watching; }

private:
    struct Check {
        std::size_t column = 0;  // in the batch
        const IntegerKeySet* parentKeys = nullptr;
    };

    std::string columnsFit(SqliteReader& reader, const PlannedTable& table);

    std::optional<ParentKeys> m_parents;
    std::vector<Check> m_checks;
    bool m_watching = false;
};

}  // namespace ss::seed
