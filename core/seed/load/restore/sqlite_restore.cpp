#include "core/seed/load/restore/sqlite_restore.h"

#include "core/db/inspect/sqlite_table_sql.h"
#include "core/db/native_handle.h"
#include "core/db/sql_exec.h"
#include "core/seed/load/restore/sqlite_foreign_key_scan.h"
#include "core/seed/load/restore/sqlite_load_cache.h"
#include "core/seed/load/restore/sqlite_written_foreign_keys.h"
#include "core/seed/load/restore/violation_sample.h"
#include "core/sql/sql_renderer.h"

#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

namespace ss::seed {

namespace {

constexpr int kInstructionsBetweenCancelChecks = 10'000;

std::int64_t estimatedBytes(const ColumnShape& shape)
{
    switch (shape.kind) {
    case ValueKind::Text: return shape.maxChars > 0 ? std::min(shape.maxChars, 32) : 32;
    case ValueKind::Blob: return 32;
    case ValueKind::Timestamp: return 20;
    case ValueKind::Date: return 10;
    default: return 8;
    }
}

// The table and, about as large again, its keys and indexes.
std::int64_t estimatedKib(const PlannedTable& table)
{
    std::int64_t rowBytes = 16;  // record header and rowid
    for (const PlannedColumn& column : table.columns)
        rowBytes += estimatedBytes(column.shape);
    return table.rows * rowBytes * 2 / 1024;
}

extern "C" int stopWhenCancelled(void* stop)
{
    return static_cast<const StopSignal*>(stop)->raised() ? 1 : 0;
}

// While it lives, a cancel interrupts the statement that is running (an index build, a foreign key check).
class InterruptOnCancel {
public:
    InterruptOnCancel(sqlite3* db, const StopSignal* stop) : m_db(stop ? db : nullptr)
    {
        if (m_db)
            sqlite3_progress_handler(m_db, kInstructionsBetweenCancelChecks, stopWhenCancelled, const_cast<StopSignal*>(stop));
    }
    ~InterruptOnCancel()
    {
        if (m_db)
            sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    }
    InterruptOnCancel(const InterruptOnCancel&) = delete;
    InterruptOnCancel& operator=(const InterruptOnCancel&) = delete;

private:
    sqlite3* m_db;
};

struct SetAsideIndex {
    std::string name;
    std::string sql;                   // as the user's CREATE INDEX wrote it: partial and expression indexes included
    bool unique = false;
    std::vector<std::string> columns;  // of a unique index, for the duplicates it finds
};

class SqliteRestore final : public BulkRestore {
public:
    SqliteRestore(DatabaseConnection& connection, sqlite3* db)
        : m_connection(connection), m_db(db), m_renderer(makeRenderer(Dialect::Sqlite))
    {
    }
    ~SqliteRestore() override { endSession(); }

    std::string startSession(const SeedPlan&, const StopSignal& stop) override
    {
        m_stop = &stop;
        for (auto [name, value] : {std::pair{"foreign_keys", &m_foreignKeys}, {"cache_size", &m_cacheSize}, {"page_size", &m_pageSize}})
            if (std::string error = readPragma(name, *value); !error.empty())
                return error;
        m_inSession = true;
        // Each table's foreign keys are checked once it is in (restoreConstraints), not row by row. The setting
        // cannot change inside a transaction, hence for the whole session.
        if (m_foreignKeys != 0)
            if (std::string error = exec("PRAGMA foreign_keys = OFF", "turning foreign-key enforcement off for the load"); !error.empty())
                return error;
        return {};
    }

    void endSession() override
    {
        if (!m_inSession)
            return;
        m_inSession = false;
        setPageCacheSize(m_db, m_cacheSize);
        if (m_foreignKeys != 0)
            exec("PRAGMA foreign_keys = ON", "turning foreign-key enforcement back on");
    }

    std::string setAside(const PlannedTable& table) override
    {
        m_table = &table;
        m_indexes.clear();
        if (std::string error = m_writtenKeys.watch(m_db, table); !error.empty())
            return error;
        if (std::string error = m_loadCache.start(m_db, m_cacheSize, m_pageSize, estimatedKib(table)); !error.empty())
            return error;
        QSqlQuery query(m_connection.db());
        std::string error = execBound(query,
                                      QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                                     "COLLATE NOCASE AND sql IS NOT NULL ORDER BY rowid"),
                                      {QString::fromStdString(table.name)}, "reading the indexes of " + table.name);
        while (error.empty() && query.next())
            m_indexes.push_back({query.value(0).toString().toStdString(), query.value(1).toString().toStdString(), false, {}});
        query.finish();
        for (SetAsideIndex& index : m_indexes) {
            if (error.empty())
                error = readUniqueness(index);
            if (error.empty())
                error = exec("DROP INDEX " + m_renderer->quote(index.name), "setting the index " + index.name + " aside");
        }
        return error;
    }

    std::string written(const RowBatch& batch) override
    {
        m_writtenKeys.written(batch);
        return m_loadCache.written(batch.rowCount);
    }

    // Indexes are built with the user's own cache, whatever the rows loaded with: SQLite's sorter takes as much
    // memory as the cache allows and sorts worse in one huge run than in small ones merged (6M keys: 7.3 s with
    // 256 MiB, 2.5 s with 2 MiB).
    std::string restoreIndexes() override
    {
        if (m_indexes.empty())
            return {};
        if (std::string error = setPageCacheSize(m_db, m_cacheSize); !error.empty())
            return error;
        std::string error = createIndexes();
        if (std::string restored = setPageCacheSize(m_db, m_loadCache.size()); error.empty())
            error = restored;
        return error;
    }

    std::string createIndexes()
    {
        InterruptOnCancel interrupt(m_db, m_stop);
        for (const SetAsideIndex& index : m_indexes) {
            if (cancelled())
                return "cancelled before creating the index " + index.name;
            const std::string error = exec(index.sql, "creating the index " + index.name + " of " + m_table->name);
            if (error.empty())
                continue;
            if (!index.unique || index.columns.empty())
                return error;
            const Violations duplicates = duplicateValues(m_connection, m_table->name, index.columns);
            return duplicates.rows > 0 ? violationMessage(m_table->name + " breaks its unique index " + index.name, duplicates) : error;
        }
        return {};
    }

    std::string restoreConstraints() override
    {
        if (m_writtenKeys.proven())
            return {};
        InterruptOnCancel interrupt(m_db, m_stop);
        const ForeignKeyScan scan = scanForeignKeys(m_db, m_table->name);
        if (scan.proven || !scan.error.empty())
            return scan.error;
        QSqlQuery check(m_connection.db());
        std::string error = execBound(check, QStringLiteral("SELECT fkid, COUNT(*) FROM pragma_foreign_key_check(?) GROUP BY fkid ORDER BY fkid"),
                                      {QString::fromStdString(m_table->name)}, "checking the foreign keys of " + m_table->name);
        std::vector<std::pair<int, std::int64_t>> broken;
        while (error.empty() && check.next())
            broken.emplace_back(check.value(0).toInt(), check.value(1).toLongLong());
        check.finish();
        if (!error.empty() || broken.empty())
            return error;
        ForeignKey fk;
        if (error = describe(broken.front().first, fk); !error.empty())
            return error;
        Violations violations = foreignKeyViolations(m_connection, m_table->name, fk, primaryKeyNames(*m_table), false);
        violations.rows = broken.front().second;
        std::string message = violationMessage(m_table->name + " breaks its foreign key " + describeForeignKey(fk), violations);
        if (broken.size() > 1)
            message += "; " + std::to_string(broken.size() - 1) + " more of its foreign keys are broken too";
        return message;
    }

private:
    bool cancelled() const { return m_stop && m_stop->raised(); }

    std::string exec(const std::string& sql, const std::string& purpose)
    {
        QSqlQuery query(m_connection.db());
        return execBound(query, QString::fromStdString(sql), {}, purpose);
    }

    std::string readPragma(const char* name, std::int64_t& value)
    {
        QSqlQuery query(m_connection.db());
        std::string error = execBound(query, QStringLiteral("PRAGMA %1").arg(QLatin1String(name)), {}, std::string("reading PRAGMA ") + name);
        if (error.empty() && !query.next())
            error = std::string("PRAGMA ") + name + " gave no value";
        if (error.empty())
            value = query.value(0).toLongLong();
        return error;
    }

    std::string readUniqueness(SetAsideIndex& index)
    {
        QSqlQuery query(m_connection.db());
        std::string error = execBound(query, QStringLiteral("SELECT \"unique\" FROM pragma_index_list(?) WHERE name = ?"),
                                      {QString::fromStdString(m_table->name), QString::fromStdString(index.name)},
                                      "reading the index " + index.name);
        index.unique = error.empty() && query.next() && query.value(0).toInt() != 0;
        query.finish();
        if (!error.empty() || !index.unique)
            return error;
        // Expression columns have no name: such an index reports what failed without a sample.
        error = execBound(query, QStringLiteral("SELECT name FROM pragma_index_info(?) ORDER BY seqno"), {QString::fromStdString(index.name)},
                          "reading the columns of the index " + index.name);
        bool named = true;
        while (error.empty() && query.next()) {
            named = named && !query.isNull(0);
            index.columns.push_back(query.value(0).toString().toStdString());
        }
        if (!named)
            index.columns.clear();
        return error;
    }

    // The foreign key PRAGMA foreign_key_check numbers `id`, with the name its CREATE TABLE gave it.
    std::string describe(int id, ForeignKey& fk)
    {
        QSqlQuery query(m_connection.db());
        const QString table = QString::fromStdString(m_table->name);
        std::string error = execBound(query, QStringLiteral("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?) WHERE id = ? ORDER BY seq"),
                                      {table, id}, "reading the foreign keys of " + m_table->name);
        bool implicitKey = false;
        while (error.empty() && query.next()) {
            fk.refTable = query.value(0).toString().toStdString();
            fk.columns.push_back(query.value(1).toString().toStdString());
            fk.refColumns.push_back(query.value(2).toString().toStdString());
            implicitKey = implicitKey || query.isNull(2);
        }
        query.finish();
        if (error.empty() && implicitKey) {
            fk.refColumns.clear();
            error = execBound(query, QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk"),
                              {QString::fromStdString(fk.refTable)}, "reading the key of " + fk.refTable);
            while (error.empty() && query.next())
                fk.refColumns.push_back(query.value(0).toString().toStdString());
            query.finish();
        }
        if (error.empty())
            error = execBound(query, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE"), {table},
                              "reading the definition of " + m_table->name);
        if (error.empty() && query.next())
            for (const SqliteConstraint& constraint : parseSqliteCreateTable(query.value(0).toString().toStdString()).constraints)
                if (constraint.kind == SqliteConstraint::Kind::ForeignKey && constraint.columns == fk.columns)
                    fk.name = constraint.name;
        return error;
    }

    DatabaseConnection& m_connection;
    sqlite3* m_db;
    std::unique_ptr<SqlRenderer> m_renderer;
    const StopSignal* m_stop = nullptr;
    bool m_inSession = false;
    std::int64_t m_foreignKeys = 0;
    std::int64_t m_cacheSize = 0;      // the user's, as PRAGMA cache_size reads
    std::int64_t m_pageSize = 0;
    SqliteLoadCache m_loadCache;  // the table's, for its rows and its foreign key checks
    const PlannedTable* m_table = nullptr;
    std::vector<SetAsideIndex> m_indexes;
    WrittenForeignKeys m_writtenKeys;
};

}  // namespace

std::unique_ptr<BulkRestore> makeSqliteRestore(DatabaseConnection& connection, std::string& error)
{
    sqlite3* db = sqliteHandle(connection);
    if (!db) {
        error = "the SQLite driver gave no open native handle";
        return nullptr;
    }
    return std::make_unique<SqliteRestore>(connection, db);
}

}  // namespace ss::seed
