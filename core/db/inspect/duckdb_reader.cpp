#include "core/db/inspect/dialect_readers.h"
#include "core/db/inspect/type_mapping.h"
#include "core/db/inspect/view_dependencies.h"
#include "core/plan/object_names.h"
#include "core/plan/topological_order.h"
#include "core/spec/rules/identifier.h"
#include "core/sql/dialect.h"
#include "core/sql/duckdb_renderer.h"
#include "core/sql/quoted_names.h"

#include <QSqlQuery>

#include <cctype>

namespace ss {

namespace {

// Everything is read from the connection's current database and schema (`main`), leaving DuckDB's own objects.
constexpr const char* kHere = "database_name = current_database() AND schema_name = current_schema()";
// Column lists travel as text joined by a separator no identifier holds.
constexpr const char* kSeparator = "chr(31)";

const QString kTables = QStringLiteral(
    "SELECT table_name, COALESCE(comment, '') FROM duckdb_tables() WHERE %1 AND NOT internal AND NOT temporary "
    "ORDER BY table_name").arg(kHere);

const QString kViews = QStringLiteral(
    "SELECT view_name, COALESCE(comment, ''), sql FROM duckdb_views() WHERE %1 AND NOT internal AND NOT temporary "
    "ORDER BY view_name").arg(kHere);

const QString kColumns = QStringLiteral(
    "SELECT table_name, column_name, data_type, is_nullable, COALESCE(column_default, ''), column_default IS NULL, "
    "COALESCE(comment, '') FROM duckdb_columns() WHERE %1 AND NOT internal ORDER BY table_name, column_index").arg(kHere);

const QString kConstraints = QStringLiteral(
    "SELECT table_name, constraint_type, array_to_string(constraint_column_names, %2), COALESCE(expression, ''), "
    "COALESCE(referenced_table, ''), array_to_string(referenced_column_names, %2) FROM duckdb_constraints() "
    "WHERE %1 AND constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY', 'CHECK') "
    "ORDER BY table_name, constraint_index").arg(kHere, kSeparator);

const QString kIndexes = QStringLiteral(
    "SELECT table_name, index_name, is_unique, CAST(expressions AS VARCHAR) FROM duckdb_indexes() "
    "WHERE %1 AND NOT is_primary ORDER BY table_name, index_name").arg(kHere);

// Macros (DuckDB's functions) by name, with their parameters and types joined. (A file's catalog keeps no creation
// order: the reader puts a macro after those it calls.)
const QString kMacros = QStringLiteral(
    "SELECT function_name, function_type = 'table_macro', COALESCE(array_to_string(parameters, %2), ''), "
    "COALESCE(array_to_string(list_transform(parameter_types, t -> COALESCE(t, '')), %2), ''), macro_definition, "
    "COALESCE(comment, '') FROM duckdb_functions() WHERE %1 AND NOT internal AND function_type IN ('macro', 'table_macro') "
    "ORDER BY function_name").arg(kHere, kSeparator);

std::vector<std::string> splitList(const std::string& text)
{
    std::vector<std::string> out;
    if (text.empty())
        return out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i)
        if (i == text.size() || text[i] == '\x1f') {
            out.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    return out;
}

// An index expression as DuckDB lists it: a plain name, or a quoted one inside a string ('"My Col"').
std::string unquoted(std::string name)
{
    if (name.size() >= 2 && name.front() == '\'' && name.back() == '\'')
        name = name.substr(1, name.size() - 2);
    return unquotedName(name);
}

// "[d, p_id]" or "['\"My Col\"', q]" -> its column names; nullopt when an entry is an expression.
std::optional<std::vector<std::string>> indexColumns(std::string list)
{
    if (list.size() < 2 || list.front() != '[' || list.back() != ']')
        return std::nullopt;
    list = list.substr(1, list.size() - 2);
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= list.size(); ++i) {
        if (i < list.size() && list[i] != ',')
            continue;
        std::string item = list.substr(start, i - start);
        while (!item.empty() && std::isspace(static_cast<unsigned char>(item.front())))
            item.erase(item.begin());
        const std::string name = unquoted(item);
        for (char ch : name)
            if (item == name && !(std::isalnum(static_cast<unsigned char>(ch)) || ch == '_'))
                return std::nullopt;
        out.push_back(name);
        start = i + 1;
    }
    return out;
}

// "CREATE VIEW name AS SELECT ...;" -> "SELECT ..."
std::string viewQuery(std::string sql)
{
    while (!sql.empty() && (sql.back() == ';' || std::isspace(static_cast<unsigned char>(sql.back()))))
        sql.pop_back();
    std::size_t i = sql.find("VIEW ");
    if (i == std::string::npos)
        return sql;
    i += 5;
    if (i < sql.size() && sql[i] == '"') {
        for (++i; i < sql.size(); ++i)
            if (sql[i] == '"' && (i + 1 >= sql.size() || sql[i + 1] != '"'))
                break;
            else if (sql[i] == '"')
                ++i;
        ++i;
    } else {
        while (i < sql.size() && !std::isspace(static_cast<unsigned char>(sql[i])))
            ++i;
    }
    const std::size_t as = sql.find("AS", i);
    if (as == std::string::npos)
        return sql;
    std::size_t start = as + 2;
    while (start < sql.size() && std::isspace(static_cast<unsigned char>(sql[start])))
        ++start;
    return sql.substr(start);
}

// DuckDB folds unquoted names to lower case: a name that is not a plain lower-case word is quoted.
std::string quotedIfNeeded(const std::string& name)
{
    static const DuckDbRenderer renderer;
    return rules::isSnakeCase(name) ? name : renderer.quote(name);
}

bool isIdentityDefault(const std::string& expression)
{
    return expression.rfind("nextval(", 0) == 0;
}

class Reader {
public:
    Reader(CatalogSession& session, CatalogSnapshot& out) : m_session(session), m_out(out), m_tables(out.model) {}

    bool read() { return readMacros() && readTables() && readColumns() && readConstraints() && readIndexes() && readViews(); }

private:
    bool readTables()
    {
        return m_session.each("tables", kTables, [&](const QSqlQuery& q) {
            const std::string name = textAt(q, 0);
            Table t;
            t.name = name;
            t.description = textAt(q, 1);
            m_names.push_back(name);
            m_tables.add(name, std::move(t));
        });
    }

    bool readColumns()
    {
        return m_session.each("columns", kColumns, [&](const QSqlQuery& q) {
            Table* t = m_tables.find(textAt(q, 0));
            if (!t)
                return;  // a view's column
            Column c;
            c.name = textAt(q, 1);
            c.type = duckDbType(textAt(q, 2));
            c.nullable = q.value(3).toBool();
            const std::string def = textAt(q, 4);
            c.identity = isIdentityDefault(def);
            if (!c.identity)
                c.defaultValue = duckDbDefault(def, q.value(5).toBool());
            c.description = textAt(q, 6);
            t->columns.push_back(std::move(c));
        });
    }

    // DuckDB keeps no constraint names: each gets the name a spec that leaves it out would derive.
    bool readConstraints()
    {
        return m_session.each("constraints", kConstraints, [&](const QSqlQuery& q) {
            Table* t = m_tables.find(textAt(q, 0));
            if (!t)
                return;
            const std::string type = textAt(q, 1);
            const std::vector<std::string> columns = splitList(textAt(q, 2));
            if (type == "PRIMARY KEY") {
                t->primaryKey = columns;
            } else if (type == "UNIQUE") {
                UniqueConstraint u{{}, columns, {}};
                u.name = uniqueName(*t, u);
                t->uniques.push_back(std::move(u));
            } else if (type == "CHECK") {
                std::string expression = textAt(q, 3);
                if (wrappedInParentheses(expression))
                    expression = expression.substr(1, expression.size() - 2);
                CheckConstraint c{{}, expression, {}};
                c.name = checkName(*t, c);
                t->checks.push_back(std::move(c));
            } else {
                ForeignKey fk;
                fk.columns = columns;
                fk.refTable = textAt(q, 4);
                fk.refColumns = splitList(textAt(q, 5));
                fk.name = foreignKeyName(*t, fk);
                t->foreignKeys.push_back(std::move(fk));
            }
        });
    }

    bool readIndexes()
    {
        return m_session.each("indexes", kIndexes, [&](const QSqlQuery& q) {
            Table* t = m_tables.find(textAt(q, 0));
            if (!t)
                return;
            const auto columns = indexColumns(textAt(q, 3));
            if (!columns) {
                m_out.notes.push_back("index " + textAt(q, 1) + " on " + t->name + " indexes an expression (" +
                                      textAt(q, 3) + "), which the model cannot hold: left out");
                return;
            }
            Index ix;
            ix.name = textAt(q, 1);
            ix.unique = q.value(2).toBool();
            ix.columns = *columns;
            t->indexes.push_back(std::move(ix));
        });
    }

    // A macro comes back as the CREATE MACRO statement DuckDB would take for it; the catalog does not give a
    // parameter's default value, so one with a default comes back without it (docs/FIDELITY.md).
    bool readMacros()
    {
        std::vector<SqlFunction> macros;
        std::vector<std::string> bodies;
        const bool ok = m_session.each("macros", kMacros, [&](const QSqlQuery& q) {
            const std::vector<std::string> names = splitList(textAt(q, 2));
            const std::vector<std::string> types = splitList(textAt(q, 3));
            std::string parameters;
            for (std::size_t i = 0; i < names.size(); ++i)
                parameters += (i ? ", " : "") + quotedIfNeeded(names[i]) +
                              (i < types.size() && !types[i].empty() ? " " + types[i] : "");
            SqlFunction f;
            f.name = textAt(q, 0);
            f.dialect = toString(Dialect::DuckDb);
            f.signature = parameters;
            f.sql = "CREATE MACRO " + quotedIfNeeded(f.name) + "(" + parameters + ") AS " +
                    (q.value(1).toBool() ? "TABLE " : "") + textAt(q, 4);
            f.description = textAt(q, 5);
            macros.push_back(std::move(f));
            bodies.push_back(textAt(q, 4));
        });
        // DuckDB binds a macro's body when it is created: the macros it calls must exist by then.
        std::vector<std::string> names;
        for (const SqlFunction& f : macros)
            names.push_back(f.name);
        std::vector<std::vector<std::size_t>> calls(macros.size());
        for (std::size_t i = 0; i < macros.size(); ++i)
            for (const std::string& callee : referencedObjects(bodies[i], names, macros[i].name))
                for (std::size_t j = 0; j < macros.size(); ++j)
                    if (macros[j].name == callee)
                        calls[i].push_back(j);
        const auto order = topologicalOrder(
            macros.size(), [&](std::size_t i) -> const std::vector<std::size_t>& { return calls[i]; },
            [](std::size_t) { return 0; });
        for (std::size_t i : order)
            m_out.model.functions.push_back(std::move(macros[i]));
        return ok;
    }

    bool readViews()
    {
        std::vector<std::string> names = m_names;
        const bool ok = m_session.each("views", kViews, [&](const QSqlQuery& q) {
            View v;
            v.name = textAt(q, 0);
            v.description = textAt(q, 1);
            v.sql = viewQuery(textAt(q, 2));
            names.push_back(v.name);
            m_out.model.views.push_back(std::move(v));
        });
        for (View& v : m_out.model.views)
            v.dependsOn = referencedObjects(v.sql, names, v.name);
        return ok;
    }

    CatalogSession& m_session;
    CatalogSnapshot& m_out;
    TableRegistry m_tables;
    std::vector<std::string> m_names;
};

}  // namespace

bool readDuckDbCatalog(CatalogSession& session, CatalogSnapshot& out)
{
    return Reader(session, out).read();
}

// DuckDB regenerates these texts from its catalog, so they change with every schema change and with no data
// change; comments are not part of the CREATE statements and are added.
std::string duckDbFingerprint(CatalogSession& session)
{
    const QString sql = QStringLiteral(R"(
        SELECT md5(COALESCE(string_agg(x, chr(10) ORDER BY x), '')) FROM (
          SELECT sql || COALESCE(comment, '') AS x FROM duckdb_tables() WHERE %1 AND NOT temporary
          UNION ALL SELECT sql || COALESCE(comment, '') FROM duckdb_views() WHERE %1 AND NOT internal AND NOT temporary
          UNION ALL SELECT sql FROM duckdb_indexes() WHERE %1
          UNION ALL SELECT function_name || '(' || COALESCE(array_to_string(parameters, ','), '') || ')' || macro_definition ||
            COALESCE(comment, '') FROM duckdb_functions() WHERE %1 AND NOT internal AND function_type IN ('macro', 'table_macro')
          UNION ALL SELECT table_name || '.' || column_name || ':' || comment FROM duckdb_columns()
            WHERE %1 AND comment IS NOT NULL))").arg(kHere);
    std::string fingerprint;
    session.each("catalog fingerprint", sql, [&](const QSqlQuery& q) { fingerprint = textAt(q, 0); });
    return fingerprint;
}

}  // namespace ss
