#pragma once

#include "inspect/inspect_support.h"
#include "support/migration_files.h"
#include "support/run_dbx.h"

#include "core/db/apply/table_names.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <set>
#include <string>

inline const ss::Dialect kAllDialects[] = {ss::Dialect::Sqlite, ss::Dialect::PostgreSql, ss::Dialect::MySql};

// A scratch database of one dialect and a folder for its migration files.
struct ApplyTarget {
    explicit ApplyTarget(ss::Dialect dialect, const char* tag) : scratch(dialect, tag)
    {
        requireOpen(scratch);
        url = QString::fromStdString(scratchDatabaseUrl(scratch));
    }

    ss::Dialect dialect() const { return scratch.dialect(); }

    QString write(const std::string& name, const std::string& text)
    {
        const std::string path = dir.filePath(QString::fromStdString(name)).toStdString();
        writeTestFile(path, text);
        return QString::fromStdString(path);
    }

    void exec(const std::string& sql)
    {
        const QString error = execSql(scratch.db(), QString::fromStdString(sql));
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
    }

    QString text(const std::string& sql)
    {
        QSqlQuery q(scratch.db());
        INFO(sql);
        REQUIRE(q.exec(QString::fromStdString(sql)));
        REQUIRE(q.next());
        return q.value(0).toString();
    }

    long long number(const std::string& sql) { return text(sql).toLongLong(); }

    std::set<std::string> tables()
    {
        std::set<std::string> names;
        REQUIRE(ss::readTableNames(scratch.db(), dialect(), names).empty());
        return names;
    }

    bool hasTable(const std::string& name) { return tables().count(name) > 0; }

    ScratchDatabase scratch;
    QString url;
    QTemporaryDir dir;
};

// `dbx plan` of `spec` against the database finds nothing left to do.
inline void requireNoChanges(ApplyTarget& db, const QString& spec)
{
    const DbxRun again = dbxOk({"plan", "--db", db.url, "--target", spec});
    INFO(again.out.toStdString());
    CHECK(again.out.contains("No changes"));
}

// dbx apply running in the background, its stdout and stderr merged, for the tests that must act while it runs.
struct BackgroundDbx {
    QProcess process;
    QString output;

    explicit BackgroundDbx(const QStringList& args)
    {
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(SS_DBX_PATH), args);
        REQUIRE(process.waitForStarted());
    }
    ~BackgroundDbx()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    }

    // Reads output until it contains `text`; false when the process ends first or two minutes pass.
    bool waitFor(const QString& text)
    {
        const QDeadlineTimer deadline(120000);
        while (!output.contains(text)) {
            if (deadline.hasExpired())
                return false;
            if (!process.waitForReadyRead(1000) && process.state() == QProcess::NotRunning) {
                output += QString::fromUtf8(process.readAll());
                return output.contains(text);
            }
            output += QString::fromUtf8(process.readAll());
        }
        return true;
    }

    int finish()
    {
        process.waitForFinished(120000);
        output += QString::fromUtf8(process.readAll());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
};

// A statement that takes seconds, so that a test can act while it runs without measuring time.
inline std::string slowStatement(ss::Dialect dialect)
{
    switch (dialect) {
    case ss::Dialect::PostgreSql: return "SELECT pg_sleep(5)";
    case ss::Dialect::MySql: return "DO SLEEP(5)";
    case ss::Dialect::Sqlite:
    case ss::Dialect::DuckDb: break;  // the recursive count below runs on both
    }
    return "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 20000000) SELECT count(*) FROM c";
}

// A body in the shape dbx plan writes: in a transaction where the dialect has transactional DDL.
inline std::string scriptBody(ss::Dialect dialect, const std::vector<std::string>& statements)
{
    std::string body = dialect == ss::Dialect::MySql ? "" : "BEGIN;\n";
    for (const auto& s : statements)
        body += s + ";\n";
    return dialect == ss::Dialect::MySql ? body : body + "COMMIT;\n";
}

inline std::string intType(ss::Dialect dialect)
{
    return dialect == ss::Dialect::MySql ? "INT" : "INTEGER";
}
