#include "core/db/inspect/collation_note.h"
#include "core/db/inspect/dialect_readers.h"
#include "core/db/inspect/sqlite_table_sql.h"
#include "core/db/inspect/table_roles.h"
#include "core/db/inspect/type_mapping.h"
#include "core/db/inspect/view_dependencies.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace ss {

namespace {

// The table-valued PRAGMA functions read every table's columns, indexes and foreign keys in one query each.
const QString kObjects = QStringLiteral(
    "SELECT type, name, sql, tbl_name FROM sqlite_master WHERE type IN ('table', 'view', 'trigger') "
    "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");

const QString kColumns = QStringLiteral(
    "SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.dflt_value IS NULL, p.pk, p.hidden "
    "FROM sqlite_master m JOIN pragma_table_xinfo(m.name) p "
    "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY m.name, p.cid");

const QString kIndexes = QStringLiteral(
    "SELECT m.name, il.name, il.\"unique\", il.origin, il.partial, ii.name "
    "FROM sqlite_master m JOIN pragma_index_list(m.name) il JOIN pragma_index_info(il.name) ii "
    "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY m.name, il.name, ii.seqno");

const QString kForeignKeys = QStringLiteral(
    "SELECT m.name, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_update, f.on_delete "
    "FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f "
    "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY m.name, f.id, f.seq");

FkAction fkAction(const std::string& rule)
{
    return parseFkAction(toLower(rule)).value_or(FkAction::NoAction);
}

// The name a constraint of `kind` over `columns` was given in the CREATE TABLE text, if any.
std::string constraintName(const SqliteTableSql& sql, SqliteConstraint::Kind kind, const std::vector<std::string>& columns)
{
    for (const auto& c : sql.constraints) {
        if (c.kind != kind || c.columns.size() != columns.size())
            continue;
        bool same = true;
        for (std::size_t i = 0; i < columns.size(); ++i)
            same = same && equalsIgnoreCase(c.columns[i], columns[i]);
        if (same)
            return c.name;
    }
    return {};
}

// What follows a CREATE TABLE's closing parenthesis, upper-cased and with single spaces: "STRICT", "WITHOUT ROWID".
QString tableOptions(const std::string& sql)
{
    const QString text = QString::fromStdString(sql);
    return text.mid(text.lastIndexOf(QLatin1Char(')')) + 1).simplified().toUpper();
}

class Reader {
public:
    Reader(CatalogSession& session, CatalogSnapshot& out) : m_session(session), m_out(out), m_tables(out.model) {}

    bool read()
    {
        if (!readObjects() || !readColumns() || !readIndexes() || !readForeignKeys())
            return false;
        for (Table& t : m_out.model.tables)
            finishTable(t);
        return true;
    }

private:
    bool readObjects()
    {
        std::vector<std::pair<std::string, std::string>> views;
        const bool ok = m_session.each("tables and views", kObjects, [&](const QSqlQuery& q) {
            const std::string name = textAt(q, 1);
            const std::string sql = textAt(q, 2);
            if (textAt(q, 0) == "trigger") {
                if (!isBookkeepingTable(textAt(q, 3)))
                    m_out.notes.push_back("trigger " + name + " on " + textAt(q, 3) + " is not part of the model: the spec does not re-create it");
                return;
            }
            m_names.push_back(name);
            if (textAt(q, 0) == "view") {
                views.emplace_back(name, sql);
                return;
            }
            if (QString::fromStdString(sql).startsWith("CREATE VIRTUAL", Qt::CaseInsensitive)) {
                m_out.notes.push_back("virtual table " + name + " is not part of the model");
                return;
            }
            for (const char* option : {"STRICT", "WITHOUT ROWID"})
                if (tableOptions(sql).contains(QLatin1String(option)))
                    m_out.notes.push_back("table " + name + " is " + option + "; the model does not keep the option: the spec re-creates it without");
            Table t;
            t.name = name;
            m_sql[name] = parseSqliteCreateTable(sql);
            m_tables.add(name, std::move(t));
        });
        for (auto& [name, sql] : views) {
            View v;
            v.name = name;
            v.sql = sqliteViewSelect(sql);
            v.dependsOn = referencedObjects(v.sql, m_names, name);
            m_out.model.views.push_back(std::move(v));
        }
        return ok;
    }

    bool readColumns()
    {
        return m_session.each("columns", kColumns, [&](const QSqlQuery& q) {
            Table* t = m_tables.find(textAt(q, 0));
            if (!t)
                return;
            Column c;
            c.name = textAt(q, 1);
            if (const int hidden = q.value(7).toInt(); hidden == 2 || hidden == 3)
                m_out.notes.push_back("column " + t->name + "." + c.name + " is a generated column; the model keeps it as a plain column");
            for (const SqliteCollation& collation : m_sql[t->name].collations)
                if (equalsIgnoreCase(collation.column, c.name))
                    m_out.notes.push_back(collationNote(t->name, c.name, collation.collation));
            c.type = sqliteType(textAt(q, 2));
            c.nullable = q.value(3).toInt() == 0;
            c.defaultValue = sqliteDefault(textAt(q, 4), q.value(5).toBool());
            if (const int position = q.value(6).toInt(); position > 0) {
                auto& pk = m_primaryKeys[t->name];
                pk.resize(std::max<std::size_t>(pk.size(), static_cast<std::size_t>(position)));
                pk[static_cast<std::size_t>(position - 1)] = c.name;
            }
            t->columns.push_back(std::move(c));
        });
    }

    bool readIndexes()
    {
        struct Found {
            std::string table;
            std::string origin;
            bool unique = false;
            bool partial = false;
            bool expression = false;
            std::vector<std::string> columns;
        };
        std::map<std::string, Found> indexes;
        const bool ok = m_session.each("indexes", kIndexes, [&](const QSqlQuery& q) {
            Found& ix = indexes[textAt(q, 1)];
            ix.table = textAt(q, 0);
            ix.unique = q.value(2).toInt() != 0;
            ix.origin = textAt(q, 3);
            ix.partial = q.value(4).toInt() != 0;
            ix.expression = ix.expression || q.value(5).isNull();
            ix.columns.push_back(textAt(q, 5));
        });
        for (auto& [name, ix] : indexes) {
            Table* t = m_tables.find(ix.table);
            if (!t || ix.origin == "pk")
                continue;
            if (ix.partial || ix.expression) {
                m_out.notes.push_back("index " + name + " on " + t->name + (ix.partial ? " is partial" : " indexes an expression") +
                                      ", which the model cannot hold: left out");
            } else if (ix.origin == "u") {
                const std::string constraint = constraintName(m_sql[t->name], SqliteConstraint::Kind::Unique, ix.columns);
                t->uniques.push_back({constraint, std::move(ix.columns), {}});
            } else {
                t->indexes.push_back({name, std::move(ix.columns), ix.unique, {}});
            }
        }
        return ok;
    }

    bool readForeignKeys()
    {
        std::string lastKey;
        return m_session.each("foreign keys", kForeignKeys, [&](const QSqlQuery& q) {
            Table* t = m_tables.find(textAt(q, 0));
            if (!t)
                return;
            const std::string key = t->name + "\n" + textAt(q, 1);
            if (key != lastKey) {
                ForeignKey fk;
                fk.refTable = textAt(q, 2);
                fk.onUpdate = fkAction(textAt(q, 5));
                fk.onDelete = fkAction(textAt(q, 6));
                t->foreignKeys.push_back(std::move(fk));
                lastKey = key;
            }
            t->foreignKeys.back().columns.push_back(textAt(q, 3));
            t->foreignKeys.back().refColumns.push_back(textAt(q, 4));  // empty: the referenced table's key
        });
    }

    void finishTable(Table& t)
    {
        const SqliteTableSql& sql = m_sql[t.name];
        t.primaryKey = m_primaryKeys[t.name];
        // An INTEGER PRIMARY KEY is the rowid, never NULL. Only with AUTOINCREMENT are its values never reused:
        // the renderer's identity column.
        if (t.primaryKey.size() == 1)
            if (Column* key = t.findColumn(t.primaryKey.front()); key && key->type.kind == TypeKind::Integer) {
                key->nullable = false;
                key->identity = sql.autoincrement;
            }
        for (const auto& c : sql.constraints)
            if (c.kind == SqliteConstraint::Kind::Check)
                t.checks.push_back({c.name, c.expression, {}});
        // PRAGMA foreign_key_list reports foreign keys last-declared first.
        std::reverse(t.foreignKeys.begin(), t.foreignKeys.end());
        for (auto& fk : t.foreignKeys) {
            fk.name = constraintName(sql, SqliteConstraint::Kind::ForeignKey, fk.columns);
            const bool implicitKey = std::all_of(fk.refColumns.begin(), fk.refColumns.end(),
                                                 [](const std::string& c) { return c.empty(); });
            if (implicitKey)
                if (const auto pk = m_primaryKeys.find(fk.refTable); pk != m_primaryKeys.end())
                    fk.refColumns = pk->second;
        }
    }

    CatalogSession& m_session;
    CatalogSnapshot& m_out;
    TableRegistry m_tables;
    std::unordered_map<std::string, SqliteTableSql> m_sql;
    std::unordered_map<std::string, std::vector<std::string>> m_primaryKeys;
    std::vector<std::string> m_names;
};

}  // namespace

bool readSqliteCatalog(CatalogSession& session, CatalogSnapshot& out)
{
    return Reader(session, out).read();
}

// The schema text itself, hashed: sqlite_master is small and holds every definition verbatim.
std::string sqliteFingerprint(CatalogSession& session)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    int rows = 0;
    const bool ok = session.each("catalog fingerprint",
                                 "SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_master ORDER BY type, name",
                                 [&](const QSqlQuery& q) {
                                     for (int i = 0; i < 4; ++i) {
                                         hash.addData(q.value(i).toString().toUtf8());
                                         hash.addData(QByteArrayView("\x1f", 1));
                                     }
                                     ++rows;
                                 });
    if (!ok)
        return {};
    return std::to_string(rows) + ":" + hash.result().toHex().toStdString();
}

}  // namespace ss
