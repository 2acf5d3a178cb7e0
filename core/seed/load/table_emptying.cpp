#include "core/seed/load/table_emptying.h"

#include "core/db/sql_exec.h"
#include "core/sql/sql_renderer.h"
#include "core/util/joined.h"

#include <QSqlQuery>
#include <QVariant>

#include <memory>
#include <set>
#include <vector>

namespace ss::seed {

namespace {

std::string emptiedText(const std::vector<std::string>& emptied)
{
    return emptied.empty() ? "nothing was changed" : "emptied before the failure: " + joined(emptied, " ");
}

class TableEmptying {
public:
    TableEmptying(DatabaseConnection& connection, const SeedPlan& plan)
        : m_connection(connection), m_plan(plan), m_renderer(makeRenderer(connection.dialect()))
    {
    }

    std::string run()
    {
        if (m_connection.dialect() == Dialect::MySql) {
            bool truncatable = false;
            if (std::string error = truncatableOnMySql(truncatable); !error.empty())
                return error + "; " + emptiedText({});
            if (truncatable)
                return truncateOneByOne();
        }
        return deleteRows();
    }

private:
    std::string quote(const std::string& name) const { return m_renderer->quote(name); }

    std::string exec(const std::string& sql, const std::string& purpose)
    {
        QSqlQuery query(m_connection.db());
        return execBound(query, QString::fromStdString(sql), {}, purpose);
    }

    // PostgreSQL empties the tables with one TRUNCATE, as a restore does: DELETE goes row by row and checks every
    // foreign key that references each deleted row (the demo at x10: a minute). TRUNCATE would skip the user's
    // DELETE triggers and fire TRUNCATE ones, so a table with either is left to DELETE; it refuses tables that
    // tables outside the run reference, and those are left to DELETE too. Inside the open transaction, in a
    // savepoint; `truncated` says whether it did.
    std::string truncateOnPostgres(bool& truncated)
    {
        truncated = false;
        std::string tables;
        for (const PlannedTable& table : m_plan.tables) {
            QSqlQuery triggers(m_connection.db());
            constexpr int kOnDeleteOrTruncate = 8 | 32;  // pg_trigger.tgtype
            if (std::string error = execBound(triggers,
                                              QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = ?::regclass AND NOT "
                                                             "tgisinternal AND tgtype & %1 <> 0)")
                                                  .arg(kOnDeleteOrTruncate),
                                              {QString::fromStdString(quote(table.name))}, "reading the triggers of " + table.name);
                !error.empty())
                return error;
            if (!triggers.next() || triggers.value(0).toBool())
                return {};
            tables += (tables.empty() ? "" : ", ") + quote(table.name);
        }
        if (std::string error = exec("SAVEPOINT dbx_truncate", "emptying the tables"); !error.empty())
            return error;
        if (exec("TRUNCATE " + tables, "emptying the tables").empty()) {
            truncated = true;
            return exec("RELEASE SAVEPOINT dbx_truncate", "emptying the tables");
        }
        return exec("ROLLBACK TO SAVEPOINT dbx_truncate", "emptying the tables");
    }

    // Whether MariaDB may empty the run's tables with TRUNCATE: no table outside the run references them (with the
    // checks off, its rows would be left pointing nowhere) and none has a DELETE trigger of the user's.
    std::string truncatableOnMySql(bool& truncatable)
    {
        truncatable = false;
        std::set<std::string> names;
        for (const PlannedTable& table : m_plan.tables)
            names.insert(table.name);
        for (const PlannedTable& table : m_plan.tables) {
            const QVariantList name = {QString::fromStdString(table.name)};
            QSqlQuery triggers(m_connection.db());
            if (std::string error = execBound(triggers,
                                              QStringLiteral("SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE EVENT_OBJECT_SCHEMA = "
                                                             "DATABASE() AND EVENT_OBJECT_TABLE = ? AND EVENT_MANIPULATION = 'DELETE'"),
                                              name, "reading the triggers of " + table.name);
                !error.empty())
                return error;
            if (!triggers.next() || triggers.value(0).toInt() != 0)
                return {};
            QSqlQuery referencing(m_connection.db());
            if (std::string error = execBound(referencing,
                                              QStringLiteral("SELECT TABLE_NAME FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE "
                                                             "CONSTRAINT_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME = ?"),
                                              name, "reading what references " + table.name);
                !error.empty())
                return error;
            while (referencing.next())
                if (!names.contains(referencing.value(0).toString().toStdString()))
                    return {};
        }
        truncatable = true;
        return {};
    }

    // MariaDB empties the tables with TRUNCATE, children first, the foreign key checks off for it: DELETE went
    // row by row through every index and foreign key (the demo at x10: 200 s). TRUNCATE commits on its own, so a
    // failure part way leaves the tables before it empty, which the message lists.
    std::string truncateOneByOne()
    {
        QSqlQuery checks(m_connection.db());
        std::string error = execBound(checks, QStringLiteral("SELECT @@SESSION.foreign_key_checks"), {}, "reading foreign_key_checks");
        const int previous = error.empty() && checks.next() ? checks.value(0).toInt() : 1;
        if (error.empty())
            error = exec("SET SESSION foreign_key_checks = 0", "emptying the tables");
        std::vector<std::string> emptied;
        for (auto it = m_plan.tables.rbegin(); error.empty() && it != m_plan.tables.rend(); ++it)
            if (error = exec("TRUNCATE TABLE " + quote(it->name), "emptying " + it->name); error.empty())
                emptied.push_back(it->name);
        if (std::string restored = exec("SET SESSION foreign_key_checks = " + std::to_string(previous), "emptying the tables");
            error.empty())
            error = restored;
        return error.empty() ? error : error + "; " + emptiedText(emptied);
    }

    // Deferred foreign keys first (they may point forward), then the tables, children first.
    std::string deleteRows()
    {
        QSqlDatabase& db = m_connection.db();
        std::string error = db.transaction() ? std::string() : "starting the transaction to empty the tables failed";
        if (error.empty() && m_connection.dialect() == Dialect::PostgreSql) {
            bool truncated = false;
            error = truncateOnPostgres(truncated);
            if (error.empty() && truncated) {
                if (db.commit())
                    return {};
                error = "committing the emptied tables failed";
            }
        }
        for (const PlannedTable& table : m_plan.tables) {
            std::string set;
            for (const PlannedColumn& column : table.columns)
                if (column.deferred)
                    set += (set.empty() ? "" : ", ") + quote(column.name) + " = NULL";
            if (error.empty() && !set.empty())
                error = exec("UPDATE " + quote(table.name) + " SET " + set, "emptying " + table.name);
        }
        // DuckDB checks a foreign key against the referencing rows as they were when the transaction began, so a
        // parent can only be emptied once the deletion of its children is committed: one transaction per table,
        // children first, which keeps every reference valid at each step.
        const bool tableByTable = m_connection.dialect() == Dialect::DuckDb;
        std::vector<std::string> emptied;
        for (auto it = m_plan.tables.rbegin(); error.empty() && it != m_plan.tables.rend(); ++it) {
            error = exec("DELETE FROM " + quote(it->name), "emptying " + it->name);
            if (error.empty() && tableByTable) {
                if (!db.commit() || !db.transaction())
                    error = "committing the emptied table " + it->name + " failed";
                else
                    emptied.push_back(it->name);
            }
        }
        if (error.empty() && !db.commit())
            error = "committing the emptied tables failed";
        if (error.empty())
            return {};
        db.rollback();
        return error + "; " + emptiedText(emptied);
    }

    DatabaseConnection& m_connection;
    const SeedPlan& m_plan;
    std::unique_ptr<SqlRenderer> m_renderer;
};

}  // namespace

std::string emptyRunTables(DatabaseConnection& connection, const SeedPlan& plan)
{
    return TableEmptying(connection, plan).run();
}

}  // namespace ss::seed
