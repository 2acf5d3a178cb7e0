#include "core/seed/load/restore/sqlite_written_foreign_keys.h"

#include "core/spec/schema_model.h"
#include "core/sql/sql_renderer.h"

namespace ss::seed {

namespace {

// No row in the table yet, and no trigger on it.
bool untouched(SqliteReader& reader, const std::string& table)
{
    const std::string purpose = "reading the rows and triggers of " + table;
    SqliteStatement query = reader.prepare("SELECT EXISTS (SELECT 1 FROM " + makeRenderer(Dialect::Sqlite)->quote(table) +
                                               ") OR EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? COLLATE NOCASE)",
                                           {table}, purpose);
    return query && reader.row(query.get(), purpose) && sqlite3_column_int(query.get(), 0) == 0;
}

// SQLite's first affinity rule: a declared type containing "INT" stores a bound integer as that integer.
bool integerAffinity(const std::string& declaredType)
{
    return toLower(declaredType).find("int") != std::string::npos;
}

}  // namespace

std::string WrittenForeignKeys::watch(sqlite3* db, const PlannedTable& table)
{
    m_watching = false;
    m_checks.clear();
    m_parents.reset();
    SqliteReader reader(db);
    if (!untouched(reader, table.name))
        return reader.error();
    m_parents = readParentKeys(reader, table.name);
    if (!m_parents)
        return reader.error();
    return columnsFit(reader, table);
}

// Each key's column is written, as integers, into a column of INTEGER affinity; then the watch begins.
std::string WrittenForeignKeys::columnsFit(SqliteReader& reader, const PlannedTable& table)
{
    const std::string purpose = "reading the columns of " + table.name;
    for (const ForeignKeyLookup& lookup : m_parents->lookups) {
        std::size_t column = 0;
        while (column < table.columns.size() && toLower(table.columns[column].name) != toLower(lookup.column))
            ++column;
        if (column == table.columns.size() || table.columns[column].shape.kind != ValueKind::Integer)
            return {};
        SqliteStatement type = reader.prepare("SELECT type FROM pragma_table_info(?) WHERE name = ? COLLATE NOCASE", {table.name, lookup.column}, purpose);
        if (!type || !reader.row(type.get(), purpose) || !integerAffinity(SqliteReader::text(type.get(), 0)))
            return reader.error();
        m_checks.push_back({column, lookup.parentKeys});
    }
    m_watching = true;
    return {};
}

void WrittenForeignKeys::written(const RowBatch& batch)
{
    for (const Check& check : m_checks) {
        if (!m_watching)
            return;
        const ColumnBuffer& values = batch.columns[check.column];
        for (std::size_t r = 0; r < batch.rowCount && m_watching; ++r)
            m_watching = values.isNull(r) || check.parentKeys->contains(values.ints[r]);
    }
}

}  // namespace ss::seed
