#include "core/seed/load/restore/sqlite_parent_keys.h"

#include "core/sql/sql_renderer.h"

namespace ss::seed {

namespace {

// A parent of more keys is left to the PRAGMA: read into memory, its keys would take more than 32 MiB.
constexpr std::size_t kMaxParentKeys = 4'000'000;

struct SingleColumnKey {
    std::string column;
    std::string parent;
    std::string parentColumn;  // empty: the parent's primary key
};

// The table's foreign keys when every one is a single column; nullopt when one is not.
std::optional<std::vector<SingleColumnKey>> singleColumnKeys(SqliteReader& reader, const std::string& table)
{
    const std::string purpose = "reading the foreign keys of " + table;
    SqliteStatement list = reader.prepare("SELECT id, \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(?) ORDER BY id, seq", {table}, purpose);
    std::vector<SingleColumnKey> keys;
    int lastId = -1;
    bool composite = false;
    while (list && reader.row(list.get(), purpose)) {
        const int id = sqlite3_column_int(list.get(), 0);
        composite = composite || id == lastId;
        lastId = id;
        keys.push_back({SqliteReader::text(list.get(), 1), SqliteReader::text(list.get(), 2), SqliteReader::text(list.get(), 3)});
    }
    if (composite)
        return std::nullopt;
    return keys;
}

// The parent's column the key references, when it is the parent's only primary key column or the one column of a
// unique, non-partial index (what SQLite's check would look the value up in); empty otherwise.
std::string uniqueParentColumn(SqliteReader& reader, const SingleColumnKey& key)
{
    const std::string purpose = "reading the keys of " + key.parent;
    SqliteStatement query = reader.prepare(
        "SELECT name FROM pragma_table_info(?1) WHERE pk = 1 AND (?2 = '' OR name = ?2 COLLATE NOCASE) "
        "AND (SELECT COUNT(*) FROM pragma_table_info(?1) WHERE pk > 0) = 1 "
        "UNION ALL "
        "SELECT i.name FROM pragma_index_list(?1) AS l, pragma_index_info(l.name) AS i "
        "WHERE l.\"unique\" = 1 AND l.partial = 0 AND ?2 <> '' AND i.name = ?2 COLLATE NOCASE "
        "AND (SELECT COUNT(*) FROM pragma_index_info(l.name)) = 1 "
        "LIMIT 1",
        {key.parent, key.parentColumn}, purpose);
    return query && reader.row(query.get(), purpose) ? SqliteReader::text(query.get(), 0) : std::string();
}

// The parent's integer keys; nullopt when there are too many to hold.
std::optional<IntegerKeySet> integerKeys(SqliteReader& reader, const SqlRenderer& renderer, const std::string& parent, const std::string& column)
{
    const std::string quoted = renderer.quote(column);
    const std::string purpose = "reading the keys of " + parent;
    SqliteStatement query =
        reader.prepare("SELECT " + quoted + " FROM " + renderer.quote(parent) + " WHERE typeof(" + quoted + ") = 'integer'", {}, purpose);
    std::vector<std::int64_t> values;
    while (query && reader.row(query.get(), purpose)) {
        if (values.size() == kMaxParentKeys)
            return std::nullopt;
        values.push_back(sqlite3_column_int64(query.get(), 0));
    }
    return IntegerKeySet(std::move(values));
}

}  // namespace

std::optional<ParentKeys> readParentKeys(SqliteReader& reader, const std::string& table)
{
    const std::unique_ptr<SqlRenderer> renderer = makeRenderer(Dialect::Sqlite);
    const std::optional<std::vector<SingleColumnKey>> keys = singleColumnKeys(reader, table);
    if (!keys || !reader.error().empty())
        return std::nullopt;
    std::optional<ParentKeys> out(std::in_place);
    // One key set per referenced column: a fact referencing a date dimension twice reads it once.
    for (const SingleColumnKey& key : *keys) {
        const std::string column = uniqueParentColumn(reader, key);
        if (column.empty() || !reader.error().empty())
            return std::nullopt;
        auto found = out->sets.find({key.parent, column});
        if (found == out->sets.end()) {
            std::optional<IntegerKeySet> loaded = integerKeys(reader, *renderer, key.parent, column);
            if (!loaded || !reader.error().empty())
                return std::nullopt;
            found = out->sets.emplace(std::pair{key.parent, column}, std::move(*loaded)).first;
        }
        out->lookups.push_back({key.column, &found->second});
    }
    return out;
}

}  // namespace ss::seed
