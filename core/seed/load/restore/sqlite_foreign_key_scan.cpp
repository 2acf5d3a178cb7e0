#include "core/seed/load/restore/sqlite_foreign_key_scan.h"

#include "core/seed/load/restore/sqlite_parent_keys.h"
#include "core/sql/sql_renderer.h"

namespace ss::seed {

ForeignKeyScan scanForeignKeys(sqlite3* db, const std::string& table)
{
    SqliteReader reader(db);
    ForeignKeyScan out;
    const std::optional<ParentKeys> keys = readParentKeys(reader, table);
    if (!keys) {
        out.error = reader.error();
        return out;
    }
    if (keys->lookups.empty()) {
        out.proven = true;
        return out;
    }
    const std::unique_ptr<SqlRenderer> renderer = makeRenderer(Dialect::Sqlite);
    std::string columns;
    for (const ForeignKeyLookup& lookup : keys->lookups)
        columns += (columns.empty() ? "" : ", ") + renderer->quote(lookup.column);
    const std::string purpose = "checking the foreign keys of " + table;
    SqliteStatement scan = reader.prepare("SELECT " + columns + " FROM " + renderer->quote(table), {}, purpose);
    const int count = static_cast<int>(keys->lookups.size());
    while (scan && reader.row(scan.get(), purpose)) {
        for (int c = 0; c < count; ++c) {
            const int type = sqlite3_column_type(scan.get(), c);
            if (type == SQLITE_NULL)
                continue;
            if (type != SQLITE_INTEGER || !keys->lookups[static_cast<std::size_t>(c)].parentKeys->contains(sqlite3_column_int64(scan.get(), c))) {
                out.error = reader.error();
                return out;
            }
        }
    }
    out.error = reader.error();
    out.proven = out.error.empty();
    return out;
}

}  // namespace ss::seed
