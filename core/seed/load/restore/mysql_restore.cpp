#include "core/seed/load/restore/mysql_restore.h"

#include "core/db/sql_exec.h"
#include "core/seed/load/restore/violation_sample.h"
#include "core/sql/sql_renderer.h"

#include <QSqlQuery>
#include <QVariant>

namespace ss::seed {

namespace {

const char* kForeignKeys =
    "SELECT CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE "
    "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND REFERENCED_TABLE_NAME IS NOT NULL "
    "ORDER BY CONSTRAINT_NAME, ORDINAL_POSITION";

const char* kHasPrimaryKey =
    "SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND INDEX_NAME = 'PRIMARY'";

class MySqlRestore final : public BulkRestore {
public:
    explicit MySqlRestore(DatabaseConnection& connection) : m_connection(connection), m_renderer(makeRenderer(Dialect::MySql)) {}
    ~MySqlRestore() override { endSession(); }

    std::string startSession(const SeedPlan&, const StopSignal& stop) override
    {
        m_stop = &stop;
        QSqlQuery query(m_connection.db());
        std::string error = execBound(query, QStringLiteral("SELECT @@SESSION.foreign_key_checks, @@SESSION.unique_checks"), {},
                                      "reading foreign_key_checks and unique_checks");
        if (error.empty() && !query.next())
            error = "reading foreign_key_checks and unique_checks gave no row";
        if (!error.empty())
            return error;
        m_foreignKeyChecks = query.value(0).toInt();
        m_uniqueChecks = query.value(1).toInt();
        m_inSession = true;
        // With both off, InnoDB takes the rows of an empty table in bulk: it sorts them per index and builds each
        // index once after the rows instead of row by row, and undoes the whole table at once on a rollback.
        // Foreign keys are then verified once per table (restoreConstraints); duplicate keys still fail the load
        // (the loader refuses any warning).
        return exec("SET SESSION foreign_key_checks = 0, SESSION unique_checks = 0", "turning the row-by-row checks off for the load");
    }

    void endSession() override
    {
        if (!m_inSession)
            return;
        m_inSession = false;
        exec("SET SESSION foreign_key_checks = " + std::to_string(m_foreignKeyChecks) + ", SESSION unique_checks = " +
                 std::to_string(m_uniqueChecks),
             "restoring foreign_key_checks and unique_checks");
    }

    std::string setAside(const PlannedTable& table) override
    {
        m_table = &table;
        m_foreignKeys.clear();
        QSqlQuery query(m_connection.db());
        const QVariantList name = {QString::fromStdString(table.name)};
        std::string error = execBound(query, QString::fromLatin1(kForeignKeys), name, "reading the foreign keys of " + table.name);
        while (error.empty() && query.next()) {
            const std::string constraint = query.value(0).toString().toStdString();
            if (m_foreignKeys.empty() || m_foreignKeys.back().name != constraint)
                m_foreignKeys.push_back({constraint, {}, query.value(2).toString().toStdString(), {}, {}, {}, {}, {}});
            m_foreignKeys.back().columns.push_back(query.value(1).toString().toStdString());
            m_foreignKeys.back().refColumns.push_back(query.value(3).toString().toStdString());
        }
        if (error.empty())
            error = execBound(query, QString::fromLatin1(kHasPrimaryKey), name, "reading the primary key of " + table.name);
        m_hasPrimaryKey = error.empty() && query.next() && query.value(0).toInt() > 0;
        return error;
    }

    // InnoDB builds them itself, after the rows, as part of the bulk insert.
    std::string restoreIndexes() override { return {}; }

    std::string restoreConstraints() override
    {
        for (const ForeignKey& fk : m_foreignKeys) {
            if (m_stop->raised())
                return "cancelled before verifying " + fk.name;
            // Read through the primary key: the rows are the transaction's own and not committed yet, so every
            // entry read through a secondary index would cost a lookup of its row to see whether it is visible.
            const std::string table = m_renderer->quote(m_table->name) + " c" + (m_hasPrimaryKey ? " FORCE INDEX (PRIMARY)" : "");
            const Violations violations = foreignKeyViolations(m_connection, m_table->name, fk, primaryKeyNames(*m_table), true, table);
            if (!violations.error.empty() || violations.rows > 0)
                return violationMessage(m_table->name + " breaks its foreign key " + describeForeignKey(fk), violations);
        }
        return {};
    }

private:
    std::string exec(const std::string& sql, const std::string& purpose)
    {
        QSqlQuery query(m_connection.db());
        return execBound(query, QString::fromStdString(sql), {}, purpose);
    }

    DatabaseConnection& m_connection;
    std::unique_ptr<SqlRenderer> m_renderer;
    const StopSignal* m_stop = nullptr;
    bool m_inSession = false;
    int m_foreignKeyChecks = 1;
    int m_uniqueChecks = 1;
    const PlannedTable* m_table = nullptr;
    std::vector<ForeignKey> m_foreignKeys;
    bool m_hasPrimaryKey = false;
};

}  // namespace

std::unique_ptr<BulkRestore> makeMySqlRestore(DatabaseConnection& connection)
{
    return std::make_unique<MySqlRestore>(connection);
}

}  // namespace ss::seed
