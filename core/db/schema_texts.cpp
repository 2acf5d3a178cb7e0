#include "core/db/schema_texts.h"

#include "core/db/apply/table_names.h"
#include "core/db/inspect/inspector.h"
#include "core/db/sql_exec.h"
#include "core/spec/qualified_name.h"
#include "core/sql/sql_renderer.h"
#include "core/util/collapse_blanks.h"

#include <QSqlQuery>

#include <algorithm>
#include <set>

namespace ss {

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

std::string tableOf(const std::string& kind, const std::string& table)
{
    return kind == "view" ? std::string() : toLower(table);
}

Table* checkedTable(SchemaModel& live, const SchemaText& t)
{
    const Table* found = findQualifiedTable(live, t.table);
    return found ? &live.tables[static_cast<std::size_t>(found - live.tables.data())] : nullptr;
}

// The live wording of one recorded object, or null when the database no longer has it (or it has none).
std::string* liveText(SchemaModel& live, const SchemaText& t)
{
    if (t.kind == "schema")
        return nullptr;
    if (t.kind == "view") {
        for (View& v : live.views)
            if (equalsIgnoreCase(v.name, t.name))
                return &v.sql;
        return nullptr;
    }
    if (t.kind == "function") {
        for (SqlFunction& f : live.functions)
            if (equalsIgnoreCase(f.name, t.table) && equalsIgnoreCase(collapseBlanks(f.signature), collapseBlanks(t.name)))
                return &f.sql;
        return nullptr;
    }
    if (t.kind == "type_check") {
        for (UserType& type : live.types)
            if (equalsIgnoreCase(type.name, t.table))
                for (CheckConstraint& c : type.checks)
                    if (equalsIgnoreCase(c.name, t.name))
                        return &c.expression;
        return nullptr;
    }
    Table* table = checkedTable(live, t);
    if (!table)
        return nullptr;
    for (CheckConstraint& c : table->checks)
        if (equalsIgnoreCase(c.name, t.name))
            return &c.expression;
    return nullptr;
}

// The schemas beside the current one that `texts` names, or whose tables it has checks of.
std::vector<std::string> schemasOf(const std::vector<SchemaText>& texts)
{
    std::vector<std::string> out;
    std::string schema;
    std::string name;
    for (const SchemaText& t : texts) {
        if (t.kind == "schema")
            schema = t.specText;
        else if (t.kind != "check" || !splitQualifiedName(t.table, schema, name))
            continue;
        if (!schema.empty() && std::find(out.begin(), out.end(), schema) == out.end())
            out.push_back(schema);
    }
    return out;
}

// Runs SELECT `columns` FROM dbx_schema_texts, of one `kind` unless it is empty, into `query`; `present` is false
// (and nothing is run) when the database has no such table.
std::string selectRecorded(QSqlDatabase& db, Dialect dialect, const std::vector<std::string>& columns, const std::string& kind,
                           const std::string& purpose, QSqlQuery& query, bool& present)
{
    std::set<std::string> tables;
    if (std::string error = readTableNames(db, dialect, tables); !error.empty())
        return error;
    present = tables.count(kSchemaTextsTable) > 0;
    if (!present)
        return {};
    const auto renderer = makeRenderer(dialect);
    std::string sql;
    for (const std::string& column : columns)
        sql += (sql.empty() ? "SELECT " : ", ") + renderer->quote(column);
    sql += " FROM " + renderer->quote(kSchemaTextsTable);
    if (!kind.empty())
        sql += " WHERE " + renderer->quote("kind") + " = ?";
    query.setForwardOnly(true);
    return execBound(query, qs(sql), kind.empty() ? QVariantList{} : QVariantList{qs(kind)}, purpose);
}

std::string ensureTable(QSqlDatabase& db, Dialect dialect)
{
    const auto renderer = makeRenderer(dialect);
    auto q = [&](const char* name) { return renderer->quote(name); };
    // VARCHAR(100) keys keep MySQL's utf8mb4 primary key within its size limit.
    const std::string sql = "CREATE TABLE IF NOT EXISTS " + q(kSchemaTextsTable) + " (" + q("kind") +
                            " VARCHAR(10) NOT NULL, " + q("table_name") + " VARCHAR(100) NOT NULL, " + q("object_name") +
                            " VARCHAR(100) NOT NULL, " + q("spec_text") + " TEXT NOT NULL, " + q("database_text") +
                            " TEXT NOT NULL, PRIMARY KEY (" + q("kind") + ", " + q("table_name") + ", " +
                            q("object_name") + "))";
    QSqlQuery query(db);
    return execBound(query, qs(sql), {}, std::string("creating ") + kSchemaTextsTable);
}

}  // namespace

std::string recordSchemaTexts(DatabaseConnection& connection, const std::vector<SchemaText>& texts)
{
    const Dialect dialect = connection.dialect();
    if (dialect == Dialect::Sqlite || texts.empty())
        return {};
    InspectOptions options;
    options.databaseWording = true;
    options.schemas = schemasOf(texts);
    InspectResult inspected = inspectDatabase(connection, options);
    if (!inspected.ok())
        return inspected.error;
    QSqlDatabase& db = connection.db();
    if (std::string error = ensureTable(db, dialect); !error.empty())
        return error;
    const auto renderer = makeRenderer(dialect);
    const std::string table = renderer->quote(kSchemaTextsTable);
    if (!db.transaction())
        return "recording the spec's texts: cannot start a transaction";
    QSqlQuery query(db);
    const std::string remove = "DELETE FROM " + table + " WHERE " + renderer->quote("kind") + " = ? AND " +
                               renderer->quote("table_name") + " = ? AND " + renderer->quote("object_name") + " = ?";
    const std::string insert = "INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?)";
    std::string error;
    for (const SchemaText& t : texts) {
        const QVariantList key = {qs(t.kind), qs(tableOf(t.kind, t.table)), qs(toLower(t.name))};
        error = execBound(query, qs(remove), key, "replacing the recorded text of " + t.kind + " " + t.name);
        if (!error.empty())
            break;
        const std::string* wording = liveText(inspected.model, t);
        if (t.kind == "schema")
            wording = &t.specText;  // recorded as managed, whatever it holds now
        else if (!wording || collapseBlanks(*wording) == collapseBlanks(t.specText))
            continue;  // gone, or kept as written: nothing to give back
        error = execBound(query, qs(insert), key + QVariantList{qs(t.specText), qs(*wording)},
                          "recording the spec's text of " + t.kind + " " + t.name);
        if (!error.empty())
            break;
    }
    if (!error.empty()) {
        db.rollback();
        return error;
    }
    return db.commit() ? std::string() : "recording the spec's texts: the commit failed";
}

std::string managedSchemas(QSqlDatabase& db, Dialect dialect, std::vector<std::string>& out)
{
    if (dialect != Dialect::PostgreSql)
        return {};
    QSqlQuery query(db);
    bool present = false;
    if (std::string error = selectRecorded(db, dialect, {"spec_text"}, "schema", "reading the schemas dbx manages", query, present);
        !error.empty() || !present)
        return error;
    while (query.next())
        out.push_back(query.value(0).toString().toStdString());
    std::sort(out.begin(), out.end());
    return {};
}

std::string restoreSchemaTexts(QSqlDatabase& db, Dialect dialect, SchemaModel& live)
{
    const bool anyChecks =
        std::any_of(live.tables.begin(), live.tables.end(), [](const Table& t) { return !t.checks.empty(); }) ||
        std::any_of(live.types.begin(), live.types.end(), [](const UserType& t) { return !t.checks.empty(); }) ||
        !live.functions.empty();
    if (dialect == Dialect::Sqlite || (live.views.empty() && !anyChecks))
        return {};
    QSqlQuery query(db);
    bool present = false;
    if (std::string error = selectRecorded(db, dialect, {"kind", "table_name", "object_name", "spec_text", "database_text"}, {},
                                           "reading the recorded spec texts", query, present);
        !error.empty() || !present)
        return error;
    while (query.next()) {
        const SchemaText recorded{query.value(0).toString().toStdString(), query.value(1).toString().toStdString(),
                                  query.value(2).toString().toStdString(), query.value(3).toString().toStdString()};
        std::string* wording = liveText(live, recorded);
        if (wording && collapseBlanks(*wording) == collapseBlanks(query.value(4).toString().toStdString()))
            *wording = recorded.specText;
    }
    return {};
}

}  // namespace ss
