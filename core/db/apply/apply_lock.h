#pragma once

#include "core/db/database_connection.h"

#include <atomic>
#include <functional>
#include <string>

namespace ss {

// One apply at a time per database. PostgreSQL: a session-level advisory lock; MySQL/MariaDB: GET_LOCK on a name
// derived from the database. Both belong to the connection, so the server frees them when a killed process's
// session ends. SQLite: a row in dbx_apply_lock naming the holder's pid and host; a row left by a process that no
// longer runs on this host is taken over.
class ApplyLock {
public:
    explicit ApplyLock(DatabaseConnection& connection) : m_connection(connection) {}
    // A lock whose release fails here is freed with the session (servers) or taken over as stale (SQLite).
    ~ApplyLock() { release(); }
    ApplyLock(const ApplyLock&) = delete;
    ApplyLock& operator=(const ApplyLock&) = delete;

    // Takes the lock, waiting at most `timeoutSeconds` while another apply holds it. `onMessage` hears once who
    // holds it when it has to wait, and when a stale SQLite lock is taken over. Returns an empty string, or why
    // the lock was not taken: naming the holder and how long it waited. `cancel`, when set, ends the wait early.
    std::string acquire(int timeoutSeconds, const std::function<void(const std::string&)>& onMessage,
                        const std::atomic<bool>* cancel = nullptr);
    std::string release();  // an empty string, or why the lock could not be released
    bool held() const { return m_held; }

private:
    // One attempt: true when taken; otherwise `holder` describes who has it. Sets `error` when the attempt failed.
    bool tryOnce(std::string& holder, std::string& error, const std::function<void(const std::string&)>& onMessage);

    DatabaseConnection& m_connection;
    bool m_held = false;
};

// The advisory-lock key (PostgreSQL) and the GET_LOCK name (MySQL) every dbx apply uses: what an administrator
// (or a test) needs to see or hold the lock by hand.
long long postgresApplyLockKey();
std::string mysqlApplyLockName(const std::string& database);
// The SQLite lock table.
inline constexpr const char* kSqliteLockTable = "dbx_apply_lock";

}  // namespace ss
