#include "core/db/apply/apply_lock.h"

#include "core/db/apply/process_identity.h"
#include "core/db/bookkeeping_sql.h"
#include "core/db/database_connection.h"
#include "core/db/sql_exec.h"
#include "core/sql/migration_file.h"

#include <QDeadlineTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace ss {

namespace {

constexpr int kPollMs = 200;

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}


// ---- PostgreSQL: pg_try_advisory_lock(bigint); pg_locks shows the key as classid (high half) and objid (low half).

bool tryPostgres(QSqlDatabase& db, std::string& holder, std::string& error)
{
    QSqlQuery q(db);
    if ((error = execBound(q, "SELECT pg_try_advisory_lock(?)", {postgresApplyLockKey()}, "taking the apply lock"));
        !error.empty())
        return false;
    if (q.next() && q.value(0).toBool())
        return true;
    const long long key = postgresApplyLockKey();
    QSqlQuery who(db);
    error = execBound(who,
                      "SELECT a.pid, a.usename, a.application_name, COALESCE(host(a.client_addr), 'a local socket'), "
                      "to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS') "
                      "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                      "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
                      "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                      "AND l.classid::bigint = ? AND l.objid::bigint = ?",
                      {key >> 32, key & 0xffffffffLL}, "finding the holder of the apply lock");
    if (!error.empty())
        return false;
    holder = who.next() ? "PostgreSQL session " + columnText(who, 0) + " of user " + columnText(who, 1) +
                              (columnText(who, 2).empty() ? std::string() : " ('" + columnText(who, 2) + "')") + " from " +
                              columnText(who, 3) + ", connected since " + columnText(who, 4)
                        : "a PostgreSQL session that has just ended";
    return false;
}

// ---- MySQL/MariaDB: GET_LOCK is server-wide, so the name carries the database.

bool tryMysql(QSqlDatabase& db, const std::string& name, std::string& holder, std::string& error)
{
    QSqlQuery q(db);
    if ((error = execBound(q, "SELECT GET_LOCK(?, 0)", {qs(name)}, "taking the apply lock")); !error.empty())
        return false;
    if (q.next() && q.value(0).toInt() == 1)
        return true;
    QSqlQuery who(db);
    error = execBound(who,
                      "SELECT p.ID, p.USER, p.HOST, p.TIME FROM information_schema.PROCESSLIST p "
                      "WHERE p.ID = IS_USED_LOCK(?)",
                      {qs(name)}, "finding the holder of the apply lock");
    if (!error.empty())
        return false;
    holder = who.next() ? "connection " + columnText(who, 0) + " of " + columnText(who, 1) + " from " + columnText(who, 2) + " (connected " +
                              columnText(who, 3) + " s)"
                        : "a connection that has just ended";
    return false;
}

// ---- SQLite and DuckDB: a single lock row. SQLite writes it under BEGIN IMMEDIATE so that two processes never both
// take it; DuckDB lets one process at a time open the file and refuses the second of two concurrent writes of the
// row at commit.

struct SqliteHolder {
    long long pid = 0;
    std::string host;
    std::string user;
    std::string since;
    std::string describe() const
    {
        return "process " + std::to_string(pid) + " of " + user + " on " + host + " (since " + since + ")";
    }
};

bool tryLockRow(QSqlDatabase& db, Dialect dialect, std::string& holder, std::string& error,
                const std::function<void(const std::string&)>& onMessage)
{
    const ProcessIdentity me = currentProcess();
    const QString table = QString("\"%1\"").arg(kSqliteLockTable);
    QSqlQuery q(db);
    const char* begin = dialect == Dialect::DuckDb ? "BEGIN TRANSACTION" : "BEGIN IMMEDIATE";
    if ((error = execBound(q, begin, {}, "taking the apply lock")); !error.empty()) {
        const QString code = q.lastError().nativeErrorCode();
        if (code != "5" && code != "6")  // anything but SQLITE_BUSY and SQLITE_LOCKED is a real failure
            return false;
        // Another connection is writing (an apply's transaction): the lock is busy, not broken.
        holder = "another connection writing to the database";
        error.clear();
        return false;
    }
    auto fail = [&](std::string message) {
        QSqlQuery rollback(db);
        rollback.exec("ROLLBACK");
        error = std::move(message);
        return false;
    };
    if (std::string e = execBound(q, "CREATE TABLE IF NOT EXISTS " + table +
                                         " (\"id\" INTEGER PRIMARY KEY CHECK (\"id\" = 1), \"pid\" BIGINT NOT NULL, "
                                         "\"host\" TEXT NOT NULL, \"user\" TEXT NOT NULL, \"acquired_at\" TEXT NOT NULL)",
                                  {}, "creating the lock table");
        !e.empty())
        return fail(e);
    if (std::string e = execBound(q, "SELECT \"pid\", \"host\", \"user\", \"acquired_at\" FROM " + table, {},
                                  "reading the lock table");
        !e.empty())
        return fail(e);
    std::optional<SqliteHolder> current;
    if (q.next())
        current = SqliteHolder{q.value(0).toLongLong(), columnText(q, 1), columnText(q, 2), columnText(q, 3)};
    q.finish();
    if (current && !(current->host == me.host && !processIsAlive(current->pid))) {
        holder = current->describe();
        QSqlQuery rollback(db);
        rollback.exec("ROLLBACK");
        return false;
    }
    if (current)
        onMessage("taking over the apply lock left by " + current->describe() + ", which is no longer running");
    if (std::string e = execBound(q, "DELETE FROM " + table, {}, "clearing the lock table"); !e.empty())
        return fail(e);
    if (std::string e = execBound(q, "INSERT INTO " + table + " VALUES (1, ?, ?, ?, ?)",
                                  {me.pid, qs(me.host), qs(me.user), qs(currentTimestampUtc())}, "writing the lock row");
        !e.empty())
        return fail(e);
    if (std::string e = execBound(q, "COMMIT", {}, "taking the apply lock"); !e.empty()) {
        if (dialect != Dialect::DuckDb)
            return fail(e);
        // Another connection of this process wrote the row first.
        holder = "another connection of this program taking the lock";
        return false;
    }
    return true;
}

}  // namespace

long long postgresApplyLockKey()
{
    // "db" and "xapp" in the two halves: both below 2^31, so pg_locks shows them as they are.
    return (0x6462LL << 32) | 0x78617070LL;
}

std::string mysqlApplyLockName(const std::string& database)
{
    constexpr std::size_t kMaxName = 64;  // MySQL's limit on lock names
    const std::string name = "dbx_apply." + database;
    if (name.size() <= kMaxName)
        return name;
    return "dbx_apply." + migrationChecksum(database).substr(7, kMaxName - 10);
}

bool ApplyLock::tryOnce(std::string& holder, std::string& error, const std::function<void(const std::string&)>& onMessage)
{
    QSqlDatabase& db = m_connection.db();
    switch (m_connection.dialect()) {
    case Dialect::PostgreSql: return tryPostgres(db, holder, error);
    case Dialect::MySql: return tryMysql(db, mysqlApplyLockName(m_connection.url().database), holder, error);
    case Dialect::Sqlite:
    case Dialect::DuckDb: return tryLockRow(db, m_connection.dialect(), holder, error, onMessage);
    }
    return false;
}

std::string ApplyLock::acquire(int timeoutSeconds, const std::function<void(const std::string&)>& onMessage,
                               const std::atomic<bool>* cancel)
{
    const QDeadlineTimer deadline(std::chrono::seconds(std::max(0, timeoutSeconds)));
    std::string announced;
    while (true) {
        std::string holder;
        std::string error;
        if (tryOnce(holder, error, onMessage)) {
            m_held = true;
            return {};
        }
        if (!error.empty())
            return error;
        if (holder != announced) {
            onMessage("waiting up to " + std::to_string(timeoutSeconds) + " s for the apply lock, held by " + holder);
            announced = holder;
        }
        if (cancel && cancel->load())
            return "cancelled while waiting for the apply lock, held by " + holder;
        if (deadline.hasExpired())
            return "another apply is running on " + m_connection.url().display() + ": the lock is held by " + holder +
                   "; gave up after " + std::to_string(timeoutSeconds) + " s (--lock-timeout SECONDS waits longer)";
        QThread::msleep(kPollMs);
    }
}

std::string ApplyLock::release()
{
    if (!m_held)
        return {};
    m_held = false;
    QSqlQuery q(m_connection.db());
    const std::string purpose = "releasing the apply lock";
    switch (m_connection.dialect()) {
    case Dialect::PostgreSql: return execBound(q, "SELECT pg_advisory_unlock(?)", {postgresApplyLockKey()}, purpose);
    case Dialect::MySql:
        return execBound(q, "SELECT RELEASE_LOCK(?)", {qs(mysqlApplyLockName(m_connection.url().database))}, purpose);
    case Dialect::Sqlite:
    case Dialect::DuckDb: {
        const ProcessIdentity me = currentProcess();
        return execBound(q, QString("DELETE FROM \"%1\" WHERE \"pid\" = ? AND \"host\" = ?").arg(kSqliteLockTable),
                         {me.pid, qs(me.host)}, purpose);
    }
    }
    return {};
}

}  // namespace ss
