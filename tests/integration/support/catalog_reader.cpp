#include "support/catalog_text.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace {

using ss::Dialect;

struct TableLines {
    std::set<std::string> lines;
};
using Catalog = std::map<std::string, TableLines>;

std::string str(const QVariant& v)
{
    return v.toString().toStdString();
}

std::string lower(std::string s)
{
    return ss::toLower(s);
}

std::vector<std::vector<std::string>> rows(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    std::vector<std::vector<std::string>> out;
    if (!q.exec(sql))
        return {{"query failed: " + sql.toStdString()}};
    while (q.next()) {
        std::vector<std::string> row;
        for (int i = 0; i < q.record().count(); ++i)
            row.push_back(q.value(i).isNull() ? std::string("<null>") : str(q.value(i)));
        out.push_back(std::move(row));
    }
    return out;
}

std::string column(const std::string& name, const std::string& type, bool nullable, bool identity, const std::string& def)
{
    return "  column " + lower(name) + " type=" + lower(type) + " null=" + (nullable ? "yes" : "no") +
           " identity=" + (identity ? "yes" : "no") + " default=" + (identity ? "" : normalisedDefault(def));
}

std::string fkLine(const std::string& name, const std::string& cols, const std::string& ref, const std::string& refCols,
                   std::string action)
{
    action = lower(action);
    if (action == "no action" || action == "a")
        action.clear();
    return "  foreign key " + (name.empty() ? std::string() : lower(name) + " ") + "(" + cols + ") -> " + lower(ref) + " (" +
           refCols + ")" + (action.empty() ? "" : " on delete " + action);
}

void readPostgres(QSqlDatabase& db, Catalog& catalog, std::set<std::string>& views)
{
    // A partitioned table is one table: its partitions are storage, not tables of the schema.
    for (const auto& r : rows(db, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                  "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition"))
        catalog[r[0]];
    for (const auto& r : rows(db, "SELECT c.relname, pt.partstrat, a.attname FROM pg_partitioned_table pt "
                                  "JOIN pg_class c ON c.oid = pt.partrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                                  "JOIN pg_attribute a ON a.attrelid = pt.partrelid AND a.attnum = pt.partattrs[0] "
                                  "WHERE n.nspname = 'public'")) {
        static const std::map<std::string, std::string> strategies = {{"r", "range"}, {"l", "list"}, {"h", "hash"}};
        catalog[r[0]].lines.insert("  partitioned by " + strategies.at(r[1]) + " (" + r[2] + ")");
    }
    for (const auto& r : rows(db, R"(
        SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull, a.attidentity <> '',
               COALESCE(pg_get_expr(d.adbin, d.adrelid), '')
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND a.attnum > 0
          AND NOT a.attisdropped)"))
        catalog[r[0]].lines.insert(column(r[1], r[2], r[3] == "true", r[4] == "true", r[5]));
    const char* const keyColumns = R"(array_to_string(ARRAY(SELECT a.attname FROM unnest(%1) WITH ORDINALITY k(n, o)
        JOIN pg_attribute a ON a.attrelid = %2 AND a.attnum = k.n ORDER BY k.o), ','))";
    const QString constraints =
        QString("SELECT c.contype, t.relname, c.conname, %1, COALESCE(rt.relname, ''), %2, c.confdeltype "
                "FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
                "LEFT JOIN pg_class rt ON rt.oid = c.confrelid WHERE n.nspname = 'public' AND NOT t.relispartition")
            .arg(QString(keyColumns).arg("c.conkey", "c.conrelid"), QString(keyColumns).arg("c.confkey", "c.confrelid"));
    static const std::map<std::string, std::string> actions = {
        {"a", ""}, {"r", "restrict"}, {"c", "cascade"}, {"n", "set null"}, {"d", "set default"}};
    for (const auto& r : rows(db, constraints)) {
        auto& lines = catalog[r[1]].lines;
        if (r[0] == "p")
            lines.insert("  primary key (" + r[3] + ")");
        else if (r[0] == "u")
            lines.insert("  unique " + r[2] + " (" + r[3] + ")");
        else if (r[0] == "c")
            lines.insert("  check " + r[2]);
        else if (r[0] == "f")
            lines.insert(fkLine(r[2], r[3], r[4], r[5], actions.at(r[6])));
    }
    const QString indexes = QString("SELECT t.relname, i.relname, ix.indisunique, %1 FROM pg_index ix "
                                    "JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid "
                                    "JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public' "
                                    "AND NOT t.relispartition AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ix.indexrelid)")
                                .arg(QString(keyColumns).arg("ix.indkey::int2[]", "t.oid"));
    for (const auto& r : rows(db, indexes))
        catalog[r[0]].lines.insert("  index " + r[1] + " unique=" + (r[2] == "true" ? "yes" : "no") + " (" + r[3] + ")");
    for (const auto& r : rows(db, "SELECT viewname FROM pg_views WHERE schemaname = 'public'"))
        views.insert(r[0]);
}

void readMySql(QSqlDatabase& db, Catalog& catalog, std::set<std::string>& views)
{
    const QString schema = "TABLE_SCHEMA = DATABASE()";
    for (const auto& r : rows(db, "SELECT TABLE_NAME FROM information_schema.TABLES WHERE " + schema + " AND TABLE_TYPE = 'BASE TABLE'"))
        catalog[r[0]];
    std::map<std::string, std::set<std::string>> fkNames;
    std::map<std::string, std::pair<std::string, std::string>> fkCols;  // name -> (cols, refcols)
    std::map<std::string, std::pair<std::string, std::string>> fkInfo;  // name -> (table, ref table)
    for (const auto& r : rows(db, "SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME "
                                  "FROM information_schema.KEY_COLUMN_USAGE WHERE " + schema +
                                  " AND REFERENCED_TABLE_NAME IS NOT NULL ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION")) {
        fkNames[r[0]].insert(r[1]);
        auto& c = fkCols[r[1]];
        c.first += (c.first.empty() ? "" : ",") + r[2];
        c.second += (c.second.empty() ? "" : ",") + r[4];
        fkInfo[r[1]] = {r[0], r[3]};
    }
    for (const auto& r : rows(db, "SELECT CONSTRAINT_NAME, DELETE_RULE FROM information_schema.REFERENTIAL_CONSTRAINTS "
                                  "WHERE CONSTRAINT_SCHEMA = DATABASE()")) {
        const std::string action = r[1] == "RESTRICT" ? "" : r[1];
        catalog[fkInfo[r[0]].first].lines.insert(
            fkLine(r[0], fkCols[r[0]].first, fkInfo[r[0]].second, fkCols[r[0]].second, action));
    }
    for (const auto& r : rows(db, "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COALESCE(COLUMN_DEFAULT, ''), EXTRA "
                                  "FROM information_schema.COLUMNS WHERE " + schema)) {
        if (!catalog.count(r[0]))
            continue;  // a view's columns
        catalog[r[0]].lines.insert(column(r[1], r[2], r[3] == "YES", r[5].find("auto_increment") != std::string::npos,
                                          r[4] == "NULL" ? "" : r[4]));
    }
    std::map<std::pair<std::string, std::string>, std::pair<bool, std::string>> indexes;
    for (const auto& r : rows(db, "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME FROM information_schema.STATISTICS "
                                  "WHERE " + schema + " ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX")) {
        auto& ix = indexes[{r[0], r[1]}];
        ix.first = r[2] == "0";
        ix.second += (ix.second.empty() ? "" : ",") + r[3];
    }
    for (const auto& [key, ix] : indexes) {
        auto& lines = catalog[key.first].lines;
        if (key.second == "PRIMARY")
            lines.insert("  primary key (" + ix.second + ")");
        else if (!fkNames[key.first].count(key.second))  // InnoDB's own index behind a foreign key
            lines.insert("  index " + key.second + " unique=" + (ix.first ? "yes" : "no") + " (" + ix.second + ")");
    }
    // A JSON column carries a json_valid() check named after the column.
    for (const auto& r : rows(db, "SELECT c.TABLE_NAME, c.CONSTRAINT_NAME FROM information_schema.CHECK_CONSTRAINTS c "
                                  "WHERE c.CONSTRAINT_SCHEMA = DATABASE() AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS k "
                                  "WHERE k.TABLE_SCHEMA = c.CONSTRAINT_SCHEMA AND k.TABLE_NAME = c.TABLE_NAME AND k.COLUMN_NAME = c.CONSTRAINT_NAME)"))
        catalog[r[0]].lines.insert("  check " + r[1]);
    for (const auto& r : rows(db, "SELECT TABLE_NAME FROM information_schema.VIEWS WHERE " + schema))
        views.insert(r[0]);
}

std::string sqliteQuoted(const std::string& name)
{
    std::string out = "\"";
    for (char c : name)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

void readSqlite(QSqlDatabase& db, Catalog& catalog, std::set<std::string>& views)
{
    for (const auto& r : rows(db, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
        auto& lines = catalog[r[0]].lines;
        const bool autoincrement = QString::fromStdString(r[1]).contains("AUTOINCREMENT", Qt::CaseInsensitive);
        const QString t = QString::fromStdString(sqliteQuoted(r[0]));
        std::vector<std::pair<int, std::string>> pk;
        const auto columns = rows(db, "PRAGMA table_info(" + t + ")");
        int pkColumns = 0;
        for (const auto& c : columns)
            pkColumns += c[5] != "0";
        for (const auto& c : columns) {  // cid, name, type, notnull, dflt_value, pk
            const bool identity = autoincrement && pkColumns == 1 && c[5] != "0" && lower(c[2]) == "integer";
            lines.insert(column(c[1], c[2], c[3] == "0", identity, c[4] == "<null>" ? "" : c[4]));
            if (c[5] != "0")
                pk.push_back({std::stoi(c[5]), c[1]});
        }
        std::sort(pk.begin(), pk.end());
        std::string pkText;
        for (const auto& p : pk)
            pkText += (pkText.empty() ? "" : ",") + p.second;
        if (!pk.empty())
            lines.insert("  primary key (" + pkText + ")");
        for (const auto& ix : rows(db, "PRAGMA index_list(" + t + ")")) {  // seq, name, unique, origin, partial
            std::string cols;
            for (const auto& c : rows(db, "PRAGMA index_info(" + QString::fromStdString(sqliteQuoted(ix[1])) + ")"))
                cols += (cols.empty() ? "" : ",") + c[2];
            if (ix[3] == "c")
                lines.insert("  index " + ix[1] + " unique=" + (ix[2] == "1" ? "yes" : "no") + " (" + cols + ")");
            else if (ix[3] == "u")
                lines.insert("  unique (" + cols + ")");
        }
        std::map<std::string, std::vector<std::string>> fks;  // id -> table, from, to, on_delete
        for (const auto& f : rows(db, "PRAGMA foreign_key_list(" + t + ")")) {  // id, seq, table, from, to, on_update, on_delete
            auto& fk = fks[f[0]];
            if (fk.empty())
                fk = {f[2], f[3], f[4], f[6]};
            else {
                fk[1] += "," + f[3];
                fk[2] += "," + f[4];
            }
        }
        for (const auto& [id, fk] : fks)
            lines.insert(fkLine({}, fk[1], fk[0], fk[2], fk[3]));
    }
    for (const auto& r : rows(db, "SELECT name FROM sqlite_master WHERE type = 'view'"))
        views.insert(r[0]);
}

}  // namespace

std::string normalisedDefault(std::string text)
{
    text = lower(text);
    if (const auto cast = text.find("::"); cast != std::string::npos)
        text = text.substr(0, cast);
    while (text.size() >= 2 && text.front() == '(' && text.back() == ')')
        text = text.substr(1, text.size() - 2);
    if (text.size() >= 2 && text.front() == '\'' && text.back() == '\'')
        text = text.substr(1, text.size() - 2);
    if (text.size() > 2 && text.compare(text.size() - 2, 2, "()") == 0)
        text.resize(text.size() - 2);
    if (text == "true")
        return "1";
    if (text == "false")
        return "0";
    if (!text.empty() && (std::isdigit(static_cast<unsigned char>(text[0])) || text[0] == '-')) {
        const double value = std::strtod(text.c_str(), nullptr);
        std::string number = QString::number(value, 'g', 17).toStdString();
        return number;
    }
    return text;
}

std::string catalogText(QSqlDatabase& db, Dialect dialect)
{
    Catalog catalog;
    std::set<std::string> views;
    switch (dialect) {
    case Dialect::PostgreSql: readPostgres(db, catalog, views); break;
    case Dialect::MySql: readMySql(db, catalog, views); break;
    case Dialect::Sqlite: readSqlite(db, catalog, views); break;
    case Dialect::DuckDb: break;  // not a Qt SQL database: never handed to this reader
    }
    std::string out;
    for (const auto& [name, table] : catalog) {
        out += "table " + lower(name) + "\n";
        for (const auto& l : table.lines)
            out += l + "\n";
    }
    for (const auto& v : views)
        out += "view " + lower(v) + "\n";
    return out;
}
