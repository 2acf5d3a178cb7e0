#include "core/query/read_only_runner.h"

#include "core/db/native_handle.h"
#include "core/db/sql_exec.h"
#include "core/sql/statement_splitter.h"

#ifdef SS_HAVE_DUCKDB
#include <duckdb.h>
#endif

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <condition_variable>
#include <libpq-fe.h>
#include <mutex>
#include <sqlite3.h>
#include <thread>

namespace ss::query {

namespace {

// Interrupts the running statement when the timeout passes or the cancel flag is set, until stopped.
class Watchdog {
public:
    Watchdog(DatabaseConnection& connection, const RunOptions& options) : m_options(options)
    {
        m_sqlite = sqliteHandle(connection);
        m_postgres = postgresHandle(connection);
        m_duckdb = duckDbHandle(connection);
        m_thread = std::thread([this] { watch(); });
    }
    ~Watchdog()
    {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    bool fired() const { return m_fired; }

private:
    void watch()
    {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(m_options.timeoutMs);
        std::unique_lock lock(m_mutex);
        while (!m_done) {
            const bool cancelled = m_options.cancel && m_options.cancel->load();
            if (cancelled || std::chrono::steady_clock::now() >= deadline) {
                interrupt();
                m_fired = true;
                return;
            }
            m_wake.wait_for(lock, std::chrono::milliseconds(50));
        }
    }

    void interrupt()
    {
        if (m_sqlite)
            sqlite3_interrupt(m_sqlite);
#ifdef SS_HAVE_DUCKDB
        if (m_duckdb)
            duckdb_interrupt(reinterpret_cast<duckdb_connection>(m_duckdb));
#endif
        if (m_postgres) {
            if (PGcancel* cancel = PQgetCancel(m_postgres)) {
                char error[256];
                PQcancel(cancel, error, sizeof error);
                PQfreeCancel(cancel);
            }
        }
    }

    const RunOptions& m_options;
    sqlite3* m_sqlite = nullptr;
    pg_conn* m_postgres = nullptr;
    _duckdb_connection* m_duckdb = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_done = false;
    std::atomic<bool> m_fired{false};
    std::thread m_thread;
};

std::vector<QString> beginStatements(Dialect dialect, int timeoutMs)
{
    switch (dialect) {
    case Dialect::PostgreSql:
        return {"BEGIN READ ONLY", QString("SET LOCAL statement_timeout = %1").arg(timeoutMs)};
    case Dialect::MySql:
        return {QString("SET SESSION max_statement_time = %1").arg(timeoutMs / 1000.0, 0, 'f', 3), "START TRANSACTION READ ONLY"};
    case Dialect::DuckDb:
        return {"BEGIN TRANSACTION READ ONLY"};
    case Dialect::Sqlite:
        break;
    }
    return {"PRAGMA query_only = ON", "BEGIN"};
}

}  // namespace

std::string readOnlyViolation(const std::string& sql)
{
    const SplitScript script = splitSqlScript(sql, Dialect::PostgreSql);
    if (script.statements.size() != 1)
        return "only one statement may run, and this is " + std::to_string(script.statements.size());
    std::string head;
    for (const char c : script.statements.front().sql) {
        if (std::isspace(static_cast<unsigned char>(c)) && head.empty())
            continue;
        if (!std::isalpha(static_cast<unsigned char>(c)))
            break;
        head += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    if (head != "SELECT" && head != "WITH")
        return "only a SELECT may run, and this statement starts with " + (head.empty() ? std::string("something else") : head);
    // Words a SELECT can write or lock with (SELECT ... INTO OUTFILE, FOR UPDATE), or a WITH can hide a change
    // behind, outside quoted text and names.
    static constexpr std::array<std::string_view, 9> writing = {"INTO", "UPDATE", "DELETE", "INSERT", "MERGE", "LOCK", "COPY", "CALL", "DO"};
    const std::string& text = script.statements.front().sql;
    std::string word;
    char quote = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : ' ';
        if (quote) {
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '\'' || c == '"' || c == '`') {
            quote = c;
            word.clear();
            continue;
        }
        if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
            word += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            continue;
        }
        if (std::find(writing.begin(), writing.end(), word) != writing.end())
            return "only a SELECT that reads may run, and this one says " + word;
        word.clear();
    }
    return {};
}

ResultRows runReadOnly(DatabaseConnection& connection, const BuiltQuery& query, const RunOptions& options)
{
    ResultRows out;
    out.columns = query.columns;
    if (std::string violation = readOnlyViolation(query.sql); !violation.empty()) {
        out.error = "refused: " + violation;
        return out;
    }
    QElapsedTimer timer;
    timer.start();
    const Dialect dialect = connection.dialect();
    {
        QSqlQuery setup(connection.db());
        for (const QString& statement : beginStatements(dialect, options.timeoutMs))
            if (std::string error = execBound(setup, statement, {}, "starting a read-only transaction"); !error.empty()) {
                out.error = error;
                return out;
            }
    }
    {
        Watchdog watchdog(connection, options);
        QSqlQuery select(connection.db());
        select.setForwardOnly(true);
        select.setNumericalPrecisionPolicy(QSql::LowPrecisionDouble);
        if (std::string error = execBound(select, QString::fromStdString(query.sql), query.parameters, "running the query"); !error.empty()) {
            out.error = error;
            out.cancelled = watchdog.fired();
        } else {
            while (select.next()) {
                if (static_cast<int>(out.rows.size()) >= options.rowCap) {
                    out.truncated = true;
                    break;
                }
                std::vector<QVariant> row;
                const int n = select.record().count();
                for (int c = 0; c < n; ++c)
                    row.push_back(select.value(c));
                out.rows.push_back(std::move(row));
            }
            if (select.lastError().isValid() && watchdog.fired()) {
                out.error = "interrupted";
                out.cancelled = true;
            }
        }
    }
    QSqlQuery rollback(connection.db());
    rollback.exec("ROLLBACK");
    if (dialect == Dialect::Sqlite)
        rollback.exec("PRAGMA query_only = OFF");
    if (out.cancelled && out.error.find("cancel") == std::string::npos)
        out.error = (options.cancel && options.cancel->load() ? "cancelled" : "stopped after " + QString::number(options.timeoutMs / 1000.0, 'g', 3).toStdString() + " s (the time limit)")
                    + std::string(": ") + out.error;
    out.elapsedMs = timer.elapsed();
    return out;
}

}  // namespace ss::query
