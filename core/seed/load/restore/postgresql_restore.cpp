#include "core/seed/load/restore/postgresql_restore.h"

#include "core/db/native_handle.h"
#include "core/db/sql_exec.h"
#include "core/seed/load/restore/statement_canceller.h"
#include "core/seed/load/restore/violation_sample.h"
#include "core/sql/sql_renderer.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <map>

namespace ss::seed {

namespace {

// A constraint set aside, with what putting it back and sampling its violations take.
struct SetAsideConstraint {
    std::string table;        // the table it belongs to, as SQL names it: the loaded one, or one referencing it
    bool partitioned = false; // that table is partitioned
    bool referenced = false;  // a key another table's foreign key references
    std::string name;
    char type = 'f';          // p primary key, u unique, f foreign key
    std::string definition;   // pg_get_constraintdef: "FOREIGN KEY (a) REFERENCES p(b) ON DELETE CASCADE", ...
    bool validated = true;    // a constraint the user left NOT VALID comes back NOT VALID (its definition says so)
    std::string comment;      // COMMENT ON CONSTRAINT, empty when none
    ForeignKey key;           // a foreign key's columns, for the rows that break it
};

struct SetAsideIndex {
    std::string name;        // schema-qualified and quoted, as DROP and COMMENT want it
    std::string definition;  // pg_get_indexdef: the whole CREATE INDEX
    std::string comment;
    bool clustered = false;
};

// What costs a lookup per row during the load: foreign keys (a query into the referenced table per row), and
// keys (an index insert per row). A key other tables' foreign keys reference goes only with those foreign keys,
// which is done when their tables are empty (they load later); otherwise it stays. Checks stay: they cost an expression per row,
// less than validating them afterwards, and PostgreSQL does not always read back its own wording of an expression
// as the same expression (IN lists come back as different ARRAY casts), so a check put back would not be the one
// the user had.
const char* kConstraints =
    "SELECT c.conname, c.contype, pg_get_constraintdef(c.oid), c.convalidated, COALESCE(obj_description(c.oid, 'pg_constraint'), ''), "
    "c.contype <> 'f' AND EXISTS (SELECT 1 FROM pg_constraint r WHERE r.contype = 'f' AND r.conindid = c.conindid AND r.conrelid <> c.conrelid) "
    "FROM pg_constraint c WHERE c.conrelid = ?::regclass AND c.conparentid = 0 AND c.contype IN ('p', 'u', 'f') "
    "ORDER BY c.conname";

// The foreign keys of other tables that reference the loaded one, with whether their table holds no rows.
const char* kReferencing =
    "SELECT r.conrelid::regclass::text, r.conname, pg_get_constraintdef(r.oid), r.convalidated, "
    "COALESCE(obj_description(r.oid, 'pg_constraint'), ''), t.relkind = 'p' "
    "FROM pg_constraint r JOIN pg_class t ON t.oid = r.conrelid "
    "WHERE r.contype = 'f' AND r.confrelid = ?::regclass AND r.conrelid <> r.confrelid AND r.conparentid = 0 "
    "ORDER BY t.relname, r.conname";

const char* kForeignKeyColumns =
    "SELECT c.conname, a.attname, fa.attname, ft.relname FROM pg_constraint c "
    "CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(col, ref, n) "
    "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.col "
    "JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = k.ref "
    "JOIN pg_class ft ON ft.oid = c.confrelid "
    "WHERE c.conrelid = ?::regclass AND c.contype = 'f' AND c.conparentid = 0 ORDER BY c.conname, k.n";

// Indexes no constraint owns or refers to; those of a partitioned table's partitions go with the table's own.
// Indexes on expressions or with a predicate stay, for the same reason as checks.
const char* kIndexes =
    "SELECT quote_ident(n.nspname) || '.' || quote_ident(ci.relname), pg_get_indexdef(i.indexrelid), "
    "COALESCE(obj_description(i.indexrelid, 'pg_class'), ''), i.indisclustered "
    "FROM pg_index i JOIN pg_class ci ON ci.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ci.relnamespace "
    "WHERE i.indrelid = ?::regclass "
    "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) "
    "AND NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = i.indexrelid) AND i.indexprs IS NULL AND i.indpred IS NULL "
    "ORDER BY ci.relname";

const char* kReferences =
    "SELECT t.relname, r.relname FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid "
    "WHERE c.contype = 'f' AND c.conparentid = 0 AND pg_table_is_visible(t.oid)";

class PostgreSqlRestore final : public BulkRestore {
public:
    PostgreSqlRestore(DatabaseConnection& connection, pg_conn* conn)
        : m_connection(connection), m_conn(conn), m_renderer(makeRenderer(Dialect::PostgreSql))
    {
    }

    std::string startSession(const SeedPlan&, const StopSignal& stop) override
    {
        m_stop = &stop;
        return {};
    }

    void endSession() override {}

    std::string setAside(const PlannedTable& table) override
    {
        m_table = &table;
        m_quoted = m_renderer->quote(table.name);
        m_constraints.clear();
        m_referencing.clear();
        m_indexes.clear();
        std::string error = exec("SELECT relkind = 'p' FROM pg_class WHERE oid = ?::regclass", "reading what " + table.name + " is",
                                 [&](const QSqlQuery& q) { m_partitioned = q.value(0).toBool(); }, {QString::fromStdString(m_quoted)});
        if (error.empty())
            error = readConstraints();
        if (error.empty())
            error = readForeignKeyColumns();
        if (error.empty())
            error = readReferencing();
        if (error.empty())
            error = readIndexes();
        for (const SetAsideConstraint& fk : m_referencing)
            if (error.empty())
                error = exec("ALTER TABLE " + fk.table + " DROP CONSTRAINT " + m_renderer->quote(fk.name),
                             "setting " + fk.name + " aside, which references " + table.name);
        std::string drop;
        for (const SetAsideConstraint& constraint : m_constraints)
            drop += (drop.empty() ? "ALTER TABLE " + m_quoted + " " : ", ") + "DROP CONSTRAINT " + m_renderer->quote(constraint.name);
        if (error.empty() && !drop.empty())
            error = exec(drop, "setting the keys and foreign keys of " + table.name + " aside");
        std::string dropIndexes;
        for (const SetAsideIndex& index : m_indexes)
            dropIndexes += (dropIndexes.empty() ? "DROP INDEX " : ", ") + index.name;
        if (error.empty() && !dropIndexes.empty())
            error = exec(dropIndexes, "setting the indexes of " + table.name + " aside");
        return error;
    }

    std::string restoreIndexes() override
    {
        StatementCanceller canceller(m_conn, m_stop);
        for (const SetAsideConstraint& key : m_constraints) {
            if (key.type != 'p' && key.type != 'u')
                continue;
            if (std::string error = putBack(key); !error.empty())
                return error;
        }
        for (const SetAsideIndex& index : m_indexes) {
            if (std::string error = exec(createOnEveryPartition(index.definition), "creating the index " + index.name); !error.empty())
                return error;
            if (index.clustered)
                if (std::string error = exec("ALTER TABLE " + m_quoted + " CLUSTER ON " + unqualified(index.name), "marking " + index.name + " clustered");
                    !error.empty())
                    return error;
            if (!index.comment.empty())
                if (std::string error = exec("COMMENT ON INDEX " + index.name + " IS " + literal(index.comment), "commenting " + index.name);
                    !error.empty())
                    return error;
        }
        return {};
    }

    std::string restoreConstraints() override
    {
        StatementCanceller canceller(m_conn, m_stop);
        for (const SetAsideConstraint& constraint : m_constraints) {
            if (constraint.type == 'p' || constraint.type == 'u')
                continue;
            if (std::string error = putBack(constraint); !error.empty())
                return error;
        }
        for (const SetAsideConstraint& fk : m_referencing)
            if (std::string error = putBack(fk); !error.empty())
                return error;
        return {};
    }

    // Dropping a foreign key takes an ACCESS EXCLUSIVE lock on the table it references too, until the commit: two
    // tables that reference the same one cannot load side by side, nor a table beside one that references it.
    std::string sideBySide(const SeedPlan& plan, std::vector<TableLocks>& out) override
    {
        out.assign(plan.tables.size(), {});
        std::map<std::string, std::size_t> planned;
        for (std::size_t i = 0; i < plan.tables.size(); ++i) {
            planned.emplace(plan.tables[i].name, i);
            out[i].locks.push_back(plan.tables[i].name);
        }
        return exec(kReferences, "reading which tables reference which", [&](const QSqlQuery& q) {
            const std::string referencing = q.value(0).toString().toStdString();
            const std::string referenced = q.value(1).toString().toStdString();
            if (referencing == referenced)
                return;
            auto add = [](std::vector<std::string>& names, const std::string& name) {
                if (std::find(names.begin(), names.end(), name) == names.end())
                    names.push_back(name);
            };
            if (const auto table = planned.find(referencing); table != planned.end()) {
                add(out[table->second].references, referenced);
                add(out[table->second].locks, referenced);
            }
            // Setting a referenced key aside takes the foreign keys referencing it along, and their tables' locks.
            if (const auto table = planned.find(referenced); table != planned.end())
                add(out[table->second].locks, referencing);
        });
    }

    bool analyzes() const override { return true; }

    std::string analyze(const PlannedTable& table) override
    {
        StatementCanceller canceller(m_conn, m_stop);
        return exec("ANALYZE " + m_renderer->quote(table.name), "analyzing " + table.name);
    }

private:
    using RowReader = std::function<void(const QSqlQuery&)>;

    std::string exec(const std::string& sql, const std::string& purpose, const RowReader& row = {}, const QVariantList& values = {})
    {
        QSqlQuery query(m_connection.db());
        query.setForwardOnly(true);
        std::string error = execBound(query, QString::fromStdString(sql), values, purpose);
        while (error.empty() && row && query.next())
            row(query);
        return error;
    }

    std::string literal(const std::string& text) const { return m_renderer->stringLiteral(text); }

    // The last part of a quoted, schema-qualified name: what ALTER TABLE ... CLUSTER ON takes.
    static std::string unqualified(const std::string& name)
    {
        for (std::size_t i = 0, quoted = 0; i < name.size(); ++i) {
            if (name[i] == '"')
                quoted ^= 1;
            else if (name[i] == '.' && !quoted)
                return name.substr(i + 1);
        }
        return name;
    }

    // pg_get_indexdef writes a partitioned table's index "ON ONLY" the table, as pg_dump attaches the partitions'
    // indexes one by one afterwards; without ONLY, CREATE INDEX builds them (under the same generated names).
    static std::string createOnEveryPartition(std::string definition)
    {
        constexpr std::string_view only = " ON ONLY ";
        if (const std::size_t at = definition.find(only); at != std::string::npos)
            definition.replace(at, only.size(), " ON ");
        return definition;
    }

    std::string readConstraints()
    {
        return exec(kConstraints, "reading the constraints of " + m_table->name,
                    [&](const QSqlQuery& q) {
                        SetAsideConstraint c;
                        c.table = m_quoted;
                        c.partitioned = m_partitioned;
                        c.name = q.value(0).toString().toStdString();
                        c.type = q.value(1).toString().toStdString().front();
                        c.definition = q.value(2).toString().toStdString();
                        c.validated = q.value(3).toBool();
                        c.comment = q.value(4).toString().toStdString();
                        c.referenced = q.value(5).toBool();
                        m_constraints.push_back(std::move(c));
                    },
                    {QString::fromStdString(m_quoted)});
    }

    std::string readForeignKeyColumns()
    {
        return exec(kForeignKeyColumns, "reading the foreign keys of " + m_table->name,
                    [&](const QSqlQuery& q) {
                        const std::string name = q.value(0).toString().toStdString();
                        for (SetAsideConstraint& c : m_constraints)
                            if (c.name == name) {
                                c.key.name = name;
                                c.key.columns.push_back(q.value(1).toString().toStdString());
                                c.key.refColumns.push_back(q.value(2).toString().toStdString());
                                c.key.refTable = q.value(3).toString().toStdString();
                            }
                    },
                    {QString::fromStdString(m_quoted)});
    }

    // The foreign keys that reference the table's keys go aside with them when every table holding one is empty
    // (a table loaded later): putting them back then validates nothing. Otherwise those keys stay in place.
    std::string readReferencing()
    {
        std::string error = exec(kReferencing, "reading the foreign keys that reference " + m_table->name,
                                 [&](const QSqlQuery& q) {
                                     SetAsideConstraint c;
                                     c.table = q.value(0).toString().toStdString();
                                     c.name = q.value(1).toString().toStdString();
                                     c.type = 'f';
                                     c.definition = q.value(2).toString().toStdString();
                                     c.validated = q.value(3).toBool();
                                     c.comment = q.value(4).toString().toStdString();
                                     c.partitioned = q.value(5).toBool();
                                     m_referencing.push_back(std::move(c));
                                 },
                                 {QString::fromStdString(m_quoted)});
        bool empty = true;
        for (const SetAsideConstraint& fk : m_referencing)
            if (error.empty() && empty)
                error = exec("SELECT NOT EXISTS (SELECT 1 FROM " + fk.table + ")", "looking into " + fk.table,
                             [&](const QSqlQuery& q) { empty = q.value(0).toBool(); });
        if (empty)
            return error;
        m_referencing.clear();
        std::erase_if(m_constraints, [](const SetAsideConstraint& c) { return c.referenced; });
        return error;
    }

    std::string readIndexes()
    {
        return exec(kIndexes, "reading the indexes of " + m_table->name,
                    [&](const QSqlQuery& q) {
                        m_indexes.push_back({q.value(0).toString().toStdString(), q.value(1).toString().toStdString(),
                                             q.value(2).toString().toStdString(), q.value(3).toBool()});
                    },
                    {QString::fromStdString(m_quoted)});
    }

    // Adds the constraint back and proves it holds. A foreign key is added NOT VALID and then validated: one query
    // over the table rather than one per row. A foreign key of a partitioned table cannot be NOT VALID
    // (PostgreSQL up to 17), so it is added whole, which validates it with the same single query. One the user
    // left NOT VALID stays so; the rows, all of them this load's, are checked by a query instead.
    std::string putBack(const SetAsideConstraint& c)
    {
        const std::string add = "ALTER TABLE " + c.table + " ADD CONSTRAINT " + m_renderer->quote(c.name) + " " + c.definition;
        const std::string purpose = "putting back " + c.name + " of " + c.table;
        std::string error;
        if (c.type == 'p' || c.type == 'u')
            error = exec(add, purpose);
        else if (!c.validated) {
            if (error = exec(add, purpose); error.empty())
                error = violated(c, {});
        } else if (c.partitioned)
            error = verified(c, add);
        else if (error = exec(add + " NOT VALID", purpose); error.empty())
            error = verified(c, "ALTER TABLE " + c.table + " VALIDATE CONSTRAINT " + m_renderer->quote(c.name));
        if (error.empty() && !c.comment.empty())
            error = exec("COMMENT ON CONSTRAINT " + m_renderer->quote(c.name) + " ON " + c.table + " IS " + literal(c.comment),
                         "commenting " + c.name);
        return error;
    }

    // Runs the statement that validates in a savepoint, so that when rows break the constraint they can still be
    // read for the message.
    std::string verified(const SetAsideConstraint& c, const std::string& validate)
    {
        if (std::string error = exec("SAVEPOINT dbx_validate", "validating " + c.name); !error.empty())
            return error;
        const std::string failure = exec(validate, "validating " + c.name + " of " + m_table->name);
        if (failure.empty())
            return exec("RELEASE SAVEPOINT dbx_validate", "validating " + c.name);
        if (std::string error = exec("ROLLBACK TO SAVEPOINT dbx_validate", "validating " + c.name); !error.empty() || cancelled())
            return failure;
        return violated(c, failure);
    }

    // The rows that break the constraint, as the message for the table; `failure` (or nothing) when none does.
    // The foreign keys of other tables (empty ones) have no rows to show.
    std::string violated(const SetAsideConstraint& c, const std::string& failure)
    {
        if (c.table != m_quoted)
            return failure;
        const Violations violations = foreignKeyViolations(m_connection, m_table->name, c.key, primaryKeyNames(*m_table));
        if (violations.error.empty() && violations.rows == 0)
            return failure;
        return violationMessage(m_table->name + " breaks its foreign key " + describeForeignKey(c.key), violations);
    }

    bool cancelled() const { return m_stop && m_stop->raised(); }

    DatabaseConnection& m_connection;
    pg_conn* m_conn;
    std::unique_ptr<SqlRenderer> m_renderer;
    const StopSignal* m_stop = nullptr;
    const PlannedTable* m_table = nullptr;
    std::string m_quoted;
    bool m_partitioned = false;
    std::vector<SetAsideConstraint> m_constraints;
    std::vector<SetAsideConstraint> m_referencing;  // other tables' foreign keys that reference this one
    std::vector<SetAsideIndex> m_indexes;
};

}  // namespace

std::unique_ptr<BulkRestore> makePostgreSqlRestore(DatabaseConnection& connection, std::string& error)
{
    pg_conn* conn = postgresHandle(connection);
    if (!conn) {
        error = "the PostgreSQL driver gave no open native connection";
        return nullptr;
    }
    return std::make_unique<PostgreSqlRestore>(connection, conn);
}

}  // namespace ss::seed
