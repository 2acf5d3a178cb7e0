#include "core/seed/load/restore/sqlite_foreign_key_scan.h"

#include "core/db/sqlite_statement.h"
#include "core/seed/load/restore/integer_key_set.h"
#include "core/sql/sql_renderer.h"

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace ss::seed {

namespace {

// A parent of more keys is left to the PRAGMA: read into memory, its keys would take more than 32 MiB.
constexpr std::size_t kMaxParentKeys = 4'000'000;

struct SingleColumnKey {
    std::string column;
    std::string parent;
    std::string parentColumn;  // empty: the parent's primary key
};

class Reader {
public:
    explicit Reader(sqlite3* db) : m_db(db) {}

    // Prepares `sql` with `texts` bound in order; nullptr with error() set when SQLite refuses it.
    SqliteStatement prepare(const std::string& sql, const std::vector<std::string>& texts, const std::string& purpose)
    {
        sqlite3_stmt* raw = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), static_cast<int>(sql.size()), &raw, nullptr) != SQLITE_OK) {
            fail(purpose);
            return nullptr;
        }
        SqliteStatement statement(raw);
        for (std::size_t i = 0; i < texts.size(); ++i)
            sqlite3_bind_text(raw, static_cast<int>(i + 1), texts[i].c_str(), static_cast<int>(texts[i].size()), SQLITE_TRANSIENT);
        return statement;
    }

    // sqlite3_step, with a failure (an interrupt included) recorded against `purpose`.
    bool row(sqlite3_stmt* statement, const std::string& purpose)
    {
        const int rc = sqlite3_step(statement);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            fail(purpose);
        return rc == SQLITE_ROW;
    }

    static std::string text(sqlite3_stmt* statement, int column)
    {
        const unsigned char* value = sqlite3_column_text(statement, column);
        return value ? reinterpret_cast<const char*>(value) : std::string();
    }

    const std::string& error() const { return m_error; }

private:
    void fail(const std::string& purpose)
    {
        if (m_error.empty())
            m_error = purpose + ": " + sqlite3_errmsg(m_db);
    }

    sqlite3* m_db;
    std::string m_error;
};

// The table's foreign keys when every one is a single column; nullopt when one is not.
std::optional<std::vector<SingleColumnKey>> singleColumnKeys(Reader& reader, const std::string& table)
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
        keys.push_back({Reader::text(list.get(), 1), Reader::text(list.get(), 2), Reader::text(list.get(), 3)});
    }
    if (composite)
        return std::nullopt;
    return keys;
}

// The parent's column the key references, when it is the parent's only primary key column or the one column of a
// unique, non-partial index (what SQLite's check would look the value up in); empty otherwise.
std::string uniqueParentColumn(Reader& reader, const SingleColumnKey& key)
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
    return query && reader.row(query.get(), purpose) ? Reader::text(query.get(), 0) : std::string();
}

// The parent's integer keys; nullopt when there are too many to hold.
std::optional<IntegerKeySet> parentKeys(Reader& reader, const SqlRenderer& renderer, const std::string& parent, const std::string& column)
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

ForeignKeyScan scanForeignKeys(sqlite3* db, const std::string& table)
{
    Reader reader(db);
    const std::unique_ptr<SqlRenderer> renderer = makeRenderer(Dialect::Sqlite);
    ForeignKeyScan out;
    const std::optional<std::vector<SingleColumnKey>> keys = singleColumnKeys(reader, table);
    if (!keys || !reader.error().empty()) {
        out.error = reader.error();
        return out;
    }
    if (keys->empty()) {
        out.proven = true;
        return out;
    }
    // One key set per referenced column (a fact referencing a date dimension twice reads it once), and the
    // table's columns to read with the set each is looked up in.
    std::map<std::pair<std::string, std::string>, IntegerKeySet> sets;
    std::vector<std::pair<std::string, const IntegerKeySet*>> checks;
    for (const SingleColumnKey& key : *keys) {
        const std::string column = uniqueParentColumn(reader, key);
        if (column.empty() || !reader.error().empty()) {
            out.error = reader.error();
            return out;
        }
        auto found = sets.find({key.parent, column});
        if (found == sets.end()) {
            std::optional<IntegerKeySet> loaded = parentKeys(reader, *renderer, key.parent, column);
            if (!loaded || !reader.error().empty()) {
                out.error = reader.error();
                return out;
            }
            found = sets.emplace(std::pair{key.parent, column}, std::move(*loaded)).first;
        }
        checks.emplace_back(key.column, &found->second);
    }
    std::string columns;
    for (const auto& check : checks)
        columns += (columns.empty() ? "" : ", ") + renderer->quote(check.first);
    const std::string purpose = "checking the foreign keys of " + table;
    SqliteStatement scan = reader.prepare("SELECT " + columns + " FROM " + renderer->quote(table), {}, purpose);
    const int count = static_cast<int>(checks.size());
    while (scan && reader.row(scan.get(), purpose)) {
        for (int c = 0; c < count; ++c) {
            const int type = sqlite3_column_type(scan.get(), c);
            if (type == SQLITE_NULL)
                continue;
            if (type != SQLITE_INTEGER || !checks[static_cast<std::size_t>(c)].second->contains(sqlite3_column_int64(scan.get(), c))) {
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
