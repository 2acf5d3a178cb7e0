#include "core/db/apply/backup.h"

#include "core/db/apply/table_names.h"
#include "core/db/native_handle.h"
#include "core/db/sql_exec.h"
#include "core/sql/sql_tokens.h"
#include "core/sql/migration_file.h"
#include "core/sql/sql_renderer.h"
#include "core/spec/schema_model.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <cctype>
#include <cstdio>
#include <set>

namespace ss {

namespace {

// What a PostgreSQL backup copy selects from `table`: every column, those of an enum or domain type as their
// text or base type. The copy holds the values, not the types, so that the migration it guards can replace or
// drop a type its columns use; "*" when no column has such a type.
std::string backupColumns(DatabaseConnection& connection, const SqlRenderer& renderer, const std::string& table,
                          const std::string& tableReference, std::string& error)
{
    if (connection.dialect() != Dialect::PostgreSql)
        return "*";
    QSqlQuery q(connection.db());
    error = execBound(q,
                      QStringLiteral("SELECT a.attname, CASE ty.typtype WHEN 'e' THEN 'text' WHEN 'd' THEN "
                                     "format_type(ty.typbasetype, ty.typtypmod) END "
                                     "FROM pg_attribute a JOIN pg_type ty ON ty.oid = a.atttypid "
                                     "WHERE a.attrelid = ?::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum"),
                      {QString::fromStdString(tableReference)}, "reading the columns of " + table + " to back it up");
    std::string list;
    bool cast = false;
    while (error.empty() && q.next()) {
        const std::string column = renderer.quote(q.value(0).toString().toStdString());
        const std::string as = q.value(1).toString().toStdString();
        cast = cast || !as.empty();
        list += (list.empty() ? "" : ", ") + (as.empty() ? column : column + "::" + as + " AS " + column);
    }
    return cast ? list : "*";
}

constexpr std::size_t kMaxIdentifier = 63;  // PostgreSQL's limit; MySQL allows 64
constexpr int kBackupBusyRetryMs = 100;
constexpr int kBackupBusyRetries = 100;

std::string lowerAlnum(const std::string& text)
{
    std::string out;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        out.push_back(std::isalnum(u) ? static_cast<char>(std::tolower(u)) : '_');
    }
    return out;
}

// The table a statement alters or drops: ALTER TABLE t, DROP TABLE t, RENAME TABLE t (MySQL), with an optional
// IF EXISTS / ONLY and schema qualifier.
struct TouchedTable {
    std::string schema;  // empty: the current one
    std::string name;    // empty: the statement alters or drops no table
};

TouchedTable tableTouchedBy(const std::string& sql)
{
    const auto tokens = tokenizeSql(sql);
    if (tokens.size() < 3 || !tokens[1].is("TABLE") || !(tokens[0].is("ALTER") || tokens[0].is("DROP") || tokens[0].is("RENAME")))
        return {};
    std::size_t i = 2;
    if (i + 1 < tokens.size() && tokens[i].is("IF") && tokens[i + 1].is("EXISTS"))
        i += 2;
    if (i < tokens.size() && tokens[i].is("ONLY"))
        ++i;
    TouchedTable out;
    if (i + 2 < tokens.size() && tokens[i + 1].isSymbol('.') && tokens[i].isName()) {
        out.schema = tokens[i].text;
        i += 2;
    }
    if (i < tokens.size() && tokens[i].isName())
        out.name = tokens[i].text;
    return out;
}

// Whether the table exists: in the current schema, as `existing` lists it, or in another PostgreSQL schema.
std::string tableExists(DatabaseConnection& connection, const std::set<std::string>& existing, const TouchedTable& table,
                        bool& out)
{
    if (table.schema.empty() || connection.dialect() != Dialect::PostgreSql) {
        out = existing.count(toLower(table.name)) > 0;
        return {};
    }
    QSqlQuery q(connection.db());
    const std::string error = execBound(q, QStringLiteral("SELECT 1 FROM pg_tables WHERE schemaname = ? AND tablename = ?"),
                                        {QString::fromStdString(table.schema), QString::fromStdString(table.name)},
                                        "looking for " + qualifiedName(table.schema, table.name) + " to back it up");
    out = error.empty() && q.next();
    return error;
}

}  // namespace

std::string backupTableName(const std::string& migrationId, const std::string& table)
{
    const std::string name = "dbx_backup_" + lowerAlnum(migrationId) + "_" + table;
    if (name.size() <= kMaxIdentifier)
        return name;
    const std::string hash = migrationChecksum(migrationId + "\n" + table).substr(7, 8);
    const std::string prefix = "dbx_backup_" + hash + "_";
    return prefix + table.substr(0, kMaxIdentifier - prefix.size());
}

std::string backupSqliteDatabase(DatabaseConnection& connection, const std::string& migrationId, std::string& location)
{
    sqlite3* source = sqliteHandle(connection);
    if (!source)
        return "the SQLite driver gave no native handle to back the database up with";
    const QFileInfo db(QString::fromStdString(connection.url().path));
    const QString stamp = QDateTime::currentDateTimeUtc().toString("yyyyMMdd'T'HHmmss'Z'");
    const std::string target =
        db.dir().filePath(db.completeBaseName() + ".backup-" + QString::fromStdString(lowerAlnum(migrationId)) + "-" +
                          stamp + "." + (db.suffix().isEmpty() ? QString("db") : db.suffix()))
            .toStdString();

    sqlite3* copy = nullptr;
    if (sqlite3_open_v2(target.c_str(), &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const std::string error = "cannot create the backup " + target + ": " + (copy ? sqlite3_errmsg(copy) : "out of memory");
        sqlite3_close(copy);
        return error;
    }
    std::string error;
    if (sqlite3_backup* backup = sqlite3_backup_init(copy, "main", source, "main")) {
        int rc = SQLITE_OK;
        for (int retry = 0; retry < kBackupBusyRetries; ++retry) {
            rc = sqlite3_backup_step(backup, -1);
            if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
                break;
            QThread::msleep(kBackupBusyRetryMs);
        }
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            error = "backing the database up to " + target + " failed: " + sqlite3_errstr(rc);
    } else {
        error = "cannot start the backup to " + target + ": " + sqlite3_errmsg(copy);
    }
    if (error.empty() && sqlite3_errcode(copy) != SQLITE_OK && sqlite3_errcode(copy) != SQLITE_DONE)
        error = "backing the database up to " + target + " failed: " + sqlite3_errmsg(copy);
    sqlite3_close(copy);
    if (!error.empty()) {
        std::remove(target.c_str());
        return error;
    }
    location = target;
    return {};
}

std::string planTableBackups(DatabaseConnection& connection, const MigrationScript& script, BackupPlan& out)
{
    std::set<std::string> existing;
    if (std::string error = readTableNames(connection.db(), connection.dialect(), existing); !error.empty())
        return error;
    std::set<std::string> seen;
    const auto renderer = makeRenderer(connection.dialect());
    for (const auto& st : script.statements) {
        if (st.operation < 0 || script.operations[static_cast<std::size_t>(st.operation)].risk != RiskLevel::High)
            continue;
        const TouchedTable touched = tableTouchedBy(st.sql);
        if (touched.name.empty())
            continue;
        const std::string table = qualifiedName(touched.schema, touched.name);
        bool exists = false;
        if (std::string error = tableExists(connection, existing, touched, exists); !error.empty())
            return error;
        if (!exists || !seen.insert(touched.schema + '\x1f' + toLower(touched.name)).second)
            continue;
        // The copy goes in the current schema, named after the schema and the table.
        const std::string copy = backupTableName(script.id, touched.schema.empty() ? touched.name : touched.schema + "_" + touched.name);
        out.tables.push_back(table);
        out.copies.push_back(copy);
        const std::string source = renderer->tableName(touched.schema, touched.name);
        std::string error;
        const std::string columns = backupColumns(connection, *renderer, table, source, error);
        if (!error.empty())
            return error;
        out.statements.push_back("CREATE TABLE " + renderer->quote(copy) + " AS SELECT " + columns + " FROM " + source);
        out.location += (out.location.empty() ? "" : ", ") + copy + " (copy of " + table + ")";
    }
    if (!out.location.empty())
        out.location = "tables " + out.location;
    return {};
}

}  // namespace ss
