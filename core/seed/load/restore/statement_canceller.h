#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct pg_conn;

namespace ss::seed {

// While it lives, a cancel interrupts the PostgreSQL statement that is running on `conn` (an index build, a
// validation, ANALYZE): a watcher thread sends the server a cancel request once the flag is set. The statement
// then fails with the server's "canceling statement due to user request".
class StatementCanceller {
public:
    StatementCanceller(pg_conn* conn, const std::atomic<bool>* cancel);
    ~StatementCanceller();
    StatementCanceller(const StatementCanceller&) = delete;
    StatementCanceller& operator=(const StatementCanceller&) = delete;

private:
    void watch(pg_conn* conn);

    const std::atomic<bool>* m_cancel;
    std::mutex m_mutex;
    std::condition_variable m_stop;
    bool m_stopping = false;
    std::thread m_thread;
};

}  // namespace ss::seed
