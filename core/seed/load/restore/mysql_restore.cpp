#include "core/seed/load/restore/mysql_restore.h"

#include "core/db/sql_exec.h"
#include "core/seed/load/restore/violation_sample.h"
#include "core/sql/sql_renderer.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>

namespace ss::seed {

namespace {

const char* kForeignKeys =
    "SELECT CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE "
    "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND REFERENCED_TABLE_NAME IS NOT NULL "
    "ORDER BY CONSTRAINT_NAME, ORDINAL_POSITION";

const char* kIndexColumns =
    "SELECT INDEX_NAME, COLUMN_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? "
    "ORDER BY INDEX_NAME, SEQ_IN_INDEX";

class MySqlRestore final : public BulkRestore {
public:
    explicit MySqlRestore(DatabaseConnection& connection) : m_connection(connection), m_renderer(makeRenderer(Dialect::MySql)) {}
    ~MySqlRestore() override { endSession(); }

    std::string startSession(const SeedPlan&, const StopSignal&) override
    {
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
            if (m_foreignKeys.empty() || m_foreignKeys.back().name != constraint) {
                ForeignKey& fk = m_foreignKeys.emplace_back();
                fk.name = constraint;
                fk.refTable = query.value(2).toString().toStdString();
            }
            m_foreignKeys.back().columns.push_back(query.value(1).toString().toStdString());
            m_foreignKeys.back().refColumns.push_back(query.value(3).toString().toStdString());
        }
        m_indexes.clear();
        if (error.empty())
            error = execBound(query, QString::fromLatin1(kIndexColumns), name, "reading the indexes of " + table.name);
        while (error.empty() && query.next())
            m_indexes[query.value(0).toString().toStdString()].push_back(query.value(1).toString().toStdString());
        return error;
    }

    // InnoDB builds them itself, after the rows, as part of the bulk insert.
    std::string restoreIndexes() override { return {}; }

    // InnoDB has just written every entry of the table's indexes in bulk, for a transaction that is still open: any
    // read through a secondary index then costs a lookup of each entry's row to see whether it is visible (a
    // distinct-values check of one foreign key of 600,000 rows: 7.4 s before the commit, 0.07 s after), and a read
    // through the primary key scans the whole table once per foreign key. So the check waits for the commit.
    bool verifiesAfterCommit() const override { return true; }

    // Each foreign key is verified on its distinct values, read from the index InnoDB keeps on its columns; only
    // when values are missing are the offending rows looked for.
    std::string restoreConstraints() override
    {
        for (const ForeignKey& fk : m_foreignKeys) {
            const std::string table = m_renderer->quote(m_table->name) + " c";
            const std::string index = indexLeadingWith(fk.columns);
            std::string error;
            const std::int64_t missing =
                missingKeyValues(m_connection, fk, table + (index.empty() ? "" : " FORCE INDEX (" + m_renderer->quote(index) + ")"), error);
            if (!error.empty())
                return error;
            if (missing > 0)
                return violationMessage(m_table->name + " breaks its foreign key " + describeForeignKey(fk),
                                        foreignKeyViolations(m_connection, m_table->name, fk, primaryKeyNames(*m_table)));
        }
        return {};
    }

private:
    // An index whose first columns are `columns` (InnoDB keeps one for every foreign key); empty when none is.
    std::string indexLeadingWith(const std::vector<std::string>& columns) const
    {
        for (const auto& [name, indexed] : m_indexes)
            if (indexed.size() >= columns.size() && std::equal(columns.begin(), columns.end(), indexed.begin(), [](const std::string& a, const std::string& b) {
                    return QString::fromStdString(a).compare(QString::fromStdString(b), Qt::CaseInsensitive) == 0;
                }))
                return name;
        return {};
    }

    std::string exec(const std::string& sql, const std::string& purpose)
    {
        QSqlQuery query(m_connection.db());
        return execBound(query, QString::fromStdString(sql), {}, purpose);
    }

    DatabaseConnection& m_connection;
    std::unique_ptr<SqlRenderer> m_renderer;
    bool m_inSession = false;
    int m_foreignKeyChecks = 1;
    int m_uniqueChecks = 1;
    const PlannedTable* m_table = nullptr;
    std::vector<ForeignKey> m_foreignKeys;
    std::map<std::string, std::vector<std::string>> m_indexes;  // name -> columns in order
};

}  // namespace

std::unique_ptr<BulkRestore> makeMySqlRestore(DatabaseConnection& connection)
{
    return std::make_unique<MySqlRestore>(connection);
}

}  // namespace ss::seed
