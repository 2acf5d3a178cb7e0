#include "core/db/inspect/dialect_readers.h"
#include "core/db/inspect/table_roles.h"
#include "core/db/inspect/type_mapping.h"
#include "core/db/inspect/view_dependencies.h"
#include "core/sql/sql_renderer.h"

#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace ss {

namespace {

const QString kTables = QStringLiteral(
    "SELECT TABLE_NAME, TABLE_TYPE, TABLE_COMMENT, VERSION() FROM information_schema.TABLES "
    "WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME");

// Triggers are not part of the model.
const QString kTriggers = QStringLiteral(
    "SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() "
    "ORDER BY EVENT_OBJECT_TABLE, TRIGGER_NAME");

const QString kColumns = QStringLiteral(
    "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, COLUMN_DEFAULT IS NULL, EXTRA, "
    "COLUMN_COMMENT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
    "ORDER BY TABLE_NAME, ORDINAL_POSITION");

const QString kIndexes = QStringLiteral(
    "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART IS NOT NULL, INDEX_TYPE "
    "FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() "
    "ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX");

const QString kForeignKeys = QStringLiteral(
    "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, "
    "r.UPDATE_RULE, r.DELETE_RULE, k.REFERENCED_TABLE_SCHEMA = DATABASE() "
    "FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r "
    "ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME "
    "WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL "
    "ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION");

// MariaDB names checks per table and says which table in CHECK_CONSTRAINTS; MySQL 8 names them per schema and
// says it only in TABLE_CONSTRAINTS.
const QString kChecksMariaDb = QStringLiteral(
    "SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
    "WHERE CONSTRAINT_SCHEMA = DATABASE() ORDER BY TABLE_NAME, CONSTRAINT_NAME");
const QString kChecksMySql = QStringLiteral(
    "SELECT tc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS cc "
    "JOIN information_schema.TABLE_CONSTRAINTS tc ON tc.CONSTRAINT_SCHEMA = cc.CONSTRAINT_SCHEMA "
    "AND tc.CONSTRAINT_NAME = cc.CONSTRAINT_NAME AND tc.CONSTRAINT_TYPE = 'CHECK' "
    "WHERE cc.CONSTRAINT_SCHEMA = DATABASE() ORDER BY tc.TABLE_NAME, cc.CONSTRAINT_NAME");

const QString kViews = QStringLiteral(
    "SELECT TABLE_NAME, VIEW_DEFINITION, DATABASE() FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE() "
    "ORDER BY TABLE_NAME");

// InnoDB treats RESTRICT and NO ACTION alike, and reports the default as RESTRICT.
FkAction fkAction(const std::string& rule)
{
    if (rule == "CASCADE")
        return FkAction::Cascade;
    if (rule == "SET NULL")
        return FkAction::SetNull;
    if (rule == "SET DEFAULT")
        return FkAction::SetDefault;
    return FkAction::NoAction;
}

// The server writes view definitions with every name qualified by the database; a spec must not name it.
std::string withoutDatabaseQualifier(std::string sql, const std::string& database)
{
    const std::string qualifier = "`" + database + "`.";
    for (auto at = sql.find(qualifier); at != std::string::npos; at = sql.find(qualifier, at))
        sql.erase(at, qualifier.size());
    return sql;
}

// Stored functions of the database; procedures are not part of the model.
const QString kFunctions = QStringLiteral(
    "SELECT ROUTINE_NAME, ROUTINE_COMMENT, DATABASE() FROM information_schema.ROUTINES "
    "WHERE ROUTINE_SCHEMA = DATABASE() AND ROUTINE_TYPE = 'FUNCTION' ORDER BY CREATED, ROUTINE_NAME");

const QString kProcedures = QStringLiteral(
    "SELECT ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE() "
    "AND ROUTINE_TYPE = 'PROCEDURE' ORDER BY ROUTINE_NAME");

// SHOW CREATE FUNCTION names the account that created it (DEFINER=`app`@`%`): another server's accounts differ,
// and the function runs the same without it, so the statement is kept without.
std::string withoutDefiner(std::string sql)
{
    static const std::string kCreate = "CREATE DEFINER=";
    if (sql.compare(0, kCreate.size(), kCreate) != 0)
        return sql;
    const std::size_t function = sql.find(" FUNCTION ");
    return function == std::string::npos ? sql : "CREATE" + sql.substr(function);
}

class Reader {
public:
    Reader(CatalogSession& session, CatalogSnapshot& out) : m_session(session), m_out(out), m_tables(out.model) {}

    bool read()
    {
        if (!readTables() || !readFunctions() || !readColumns() || !readForeignKeys() || !readIndexes() || !readChecks()
            || !readViews() || !readTriggers())
            return false;
        for (Table& t : m_out.model.tables)
            for (auto& fk : m_fks[t.name])
                t.foreignKeys.push_back(std::move(fk));
        return true;
    }

private:
    bool readTables()
    {
        return m_session.each("tables", kTables, [&](const QSqlQuery& q) {
            m_mariaDb = textAt(q, 3).find("MariaDB") != std::string::npos;
            if (textAt(q, 1) == "VIEW") {
                m_viewNames.push_back(textAt(q, 0));
                return;
            }
            Table t;
            t.name = textAt(q, 0);
            t.description = textAt(q, 2);
            const std::string key = t.name;
            m_tables.add(key, std::move(t));
        });
    }

    bool readColumns()
    {
        return m_session.each("columns", kColumns, [&](const QSqlQuery& q) {
            Table* t = m_tables.find(textAt(q, 0));
            if (!t)
                return;
            Column c;
            c.name = textAt(q, 1);
            c.type = mySqlType(textAt(q, 2));
            c.nullable = textAt(q, 3) == "YES";
            const std::string extra = toLower(textAt(q, 6));
            c.identity = extra.find("auto_increment") != std::string::npos;
            if (extra.find("generated") != std::string::npos && extra.find("default_generated") == std::string::npos)
                m_out.notes.push_back("column " + t->name + "." + c.name +
                                      " is a generated column; the model keeps it as a plain column");
            else if (!c.identity)
                c.defaultValue = mySqlDefault(textAt(q, 4), q.value(5).toBool(), m_mariaDb,
                                              extra.find("default_generated") != std::string::npos);
            // BOOLEAN is TINYINT(1) to the server, whose default reads 0 or 1.
            if (c.type.kind == TypeKind::Boolean && c.defaultValue && c.defaultValue->kind == DefaultValue::Kind::Number &&
                (c.defaultValue->text == "0" || c.defaultValue->text == "1"))
                c.defaultValue = DefaultValue{DefaultValue::Kind::Boolean, c.defaultValue->text == "1" ? "true" : "false"};
            c.description = textAt(q, 7);
            t->columns.push_back(std::move(c));
        });
    }

    bool readForeignKeys()
    {
        return m_session.each("foreign keys", kForeignKeys, [&](const QSqlQuery& q) {
            const std::string tableName = textAt(q, 0);
            if (!m_tables.contains(tableName))
                return;
            auto& fks = m_fks[tableName];
            const std::string name = textAt(q, 1);
            m_fkNames[tableName].insert(name);
            if (fks.empty() || fks.back().name != name) {
                ForeignKey fk;
                fk.name = name;
                fk.refTable = textAt(q, 3);
                fk.onUpdate = fkAction(textAt(q, 5));
                fk.onDelete = fkAction(textAt(q, 6));
                if (!q.value(7).toBool())
                    m_out.notes.push_back("foreign key " + name + " on " + tableName + " references " + fk.refTable +
                                          " in another database");
                fks.push_back(std::move(fk));
            }
            fks.back().columns.push_back(textAt(q, 2));
            fks.back().refColumns.push_back(textAt(q, 4));
        });
    }

    bool readIndexes()
    {
        struct Found {
            bool unique = false;
            std::vector<std::string> columns;
            std::string unsupported;
        };
        std::map<std::pair<std::string, std::string>, Found> indexes;
        const bool ok = m_session.each("indexes", kIndexes, [&](const QSqlQuery& q) {
            Found& ix = indexes[{textAt(q, 0), textAt(q, 1)}];
            ix.unique = textAt(q, 2) == "0";
            if (q.value(3).isNull())
                ix.unsupported = "indexes an expression";
            else if (q.value(4).toBool())
                ix.unsupported = "indexes a column prefix";
            else if (textAt(q, 5) != "BTREE")
                ix.unsupported = "is a " + textAt(q, 5) + " index";
            ix.columns.push_back(textAt(q, 3));
        });
        for (auto& [key, ix] : indexes) {
            Table* t = m_tables.find(key.first);
            if (!t)
                continue;
            const std::string& name = key.second;
            if (!ix.unsupported.empty()) {
                m_out.notes.push_back("index " + name + " on " + t->name + " " + ix.unsupported +
                                      ", which the model cannot hold: left out");
            } else if (name == "PRIMARY") {
                t->primaryKey = std::move(ix.columns);
            } else if (ix.unique) {
                // MySQL keeps a unique constraint as a unique index: the model calls both a unique constraint.
                t->uniques.push_back({name, std::move(ix.columns), {}});
            } else if (!m_fkNames[key.first].count(name)) {  // not the index InnoDB made for a foreign key
                t->indexes.push_back({name, std::move(ix.columns), false, {}});
            }
        }
        return ok;
    }

    bool readChecks()
    {
        return m_session.each("check constraints", m_mariaDb ? kChecksMariaDb : kChecksMySql, [&](const QSqlQuery& q) {
            Table* t = m_tables.find(textAt(q, 0));
            if (!t)
                return;
            const std::string name = textAt(q, 1);
            const std::string clause = textAt(q, 2);
            // MariaDB's JSON is LONGTEXT with a json_valid() check named after the column.
            Column* c = t->findColumn(name);
            if (c && c->type.kind == TypeKind::Text && clause == "json_valid(`" + c->name + "`)") {
                c->type = DataType::of(TypeKind::Json);
                return;
            }
            t->checks.push_back({name, clause, {}});
        });
    }

    bool readTriggers()
    {
        return m_session.each("triggers", kTriggers, [&](const QSqlQuery& q) {
            if (!isBookkeepingTable(textAt(q, 1)))
                m_out.notes.push_back("trigger " + textAt(q, 0) + " on " + textAt(q, 1) +
                                      " is not part of the model: the spec does not re-create it");
        });
    }

    bool readFunctions()
    {
        std::vector<std::string> database;
        const bool listed = m_session.each("functions", kFunctions, [&](const QSqlQuery& q) {
            SqlFunction f;
            f.name = textAt(q, 0);
            f.dialect = toString(Dialect::MySql);
            f.description = textAt(q, 1);
            database.push_back(textAt(q, 2));
            m_out.model.functions.push_back(std::move(f));
        });
        if (!listed)
            return false;
        const auto renderer = makeRenderer(Dialect::MySql);
        for (std::size_t i = 0; i < m_out.model.functions.size(); ++i) {
            SqlFunction& f = m_out.model.functions[i];
            const QString sql = QStringLiteral("SHOW CREATE FUNCTION %1").arg(QString::fromStdString(renderer->quote(f.name)));
            const bool shown = m_session.each("the definition of function", sql, [&](const QSqlQuery& q) {
                f.sql = withoutDatabaseQualifier(withoutDefiner(textAt(q, 2)), database[i]);
            });
            if (!shown)
                return false;
        }
        const auto unreadable = std::remove_if(m_out.model.functions.begin(), m_out.model.functions.end(), [&](const SqlFunction& f) {
            if (!f.sql.empty())
                return false;
            m_out.notes.push_back("function " + f.name + " cannot be read by this account (SHOW CREATE FUNCTION gives no text): left out");
            return true;
        });
        m_out.model.functions.erase(unreadable, m_out.model.functions.end());
        return m_session.each("procedures", kProcedures, [&](const QSqlQuery& q) {
            m_out.notes.push_back("procedure " + textAt(q, 0) + " is not part of the model: the spec does not re-create it");
        });
    }

    bool readViews()
    {
        std::vector<std::string> names = m_viewNames;
        for (const auto& t : m_out.model.tables)
            names.push_back(t.name);
        return m_session.each("views", kViews, [&](const QSqlQuery& q) {
            View v;
            v.name = textAt(q, 0);
            v.sql = withoutDatabaseQualifier(textAt(q, 1), textAt(q, 2));
            v.dependsOn = referencedObjects(v.sql, names, v.name);
            m_out.model.views.push_back(std::move(v));
        });
    }

    CatalogSession& m_session;
    CatalogSnapshot& m_out;
    bool m_mariaDb = true;
    TableRegistry m_tables;
    std::vector<std::string> m_viewNames;
    std::unordered_map<std::string, std::vector<ForeignKey>> m_fks;
    std::unordered_map<std::string, std::set<std::string>> m_fkNames;
};

}  // namespace

bool readMySqlCatalog(CatalogSession& session, CatalogSnapshot& out)
{
    return Reader(session, out).read();
}

// One row summarising every catalog table the model is read from: any schema change alters a count or a
// checksum; data changes do not (UPDATE_TIME is left out on purpose).
std::string mySqlFingerprint(CatalogSession& session)
{
    const QString sql = QStringLiteral(
        "SELECT CONCAT_WS('/', DATABASE(), "
        "(SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(CRC32(CONCAT_WS('|', TABLE_NAME, TABLE_TYPE, CREATE_TIME, TABLE_COMMENT))), 0)) "
        "   FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()), "
        "(SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(CRC32(CONCAT_WS('|', TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, "
        "   IS_NULLABLE, COALESCE(COLUMN_DEFAULT, '<none>'), EXTRA, COLUMN_COMMENT))), 0)) "
        "   FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()), "
        "(SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(CRC32(CONCAT_WS('|', TABLE_NAME, INDEX_NAME, NON_UNIQUE, SEQ_IN_INDEX, "
        "   COLUMN_NAME))), 0)) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()), "
        "(SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(CRC32(CONCAT_WS('|', TABLE_NAME, CONSTRAINT_NAME, REFERENCED_TABLE_NAME, "
        "   UPDATE_RULE, DELETE_RULE))), 0)) FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()), "
        "(SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(CRC32(CONCAT_WS('|', CONSTRAINT_NAME, CHECK_CLAUSE))), 0)) "
        "   FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()), "
        "(SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(CRC32(CONCAT_WS('|', TABLE_NAME, VIEW_DEFINITION))), 0)) "
        "   FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE()), "
        "(SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(CRC32(CONCAT_WS('|', ROUTINE_NAME, ROUTINE_TYPE, LAST_ALTERED, "
        "   ROUTINE_COMMENT))), 0)) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()))");
    std::string fingerprint;
    session.each("catalog fingerprint", sql, [&](const QSqlQuery& q) { fingerprint = textAt(q, 0); });
    return fingerprint;
}

}  // namespace ss
