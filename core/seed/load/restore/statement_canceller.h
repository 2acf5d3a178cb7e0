#pragma once

#include "core/seed/load/stop_signal.h"

#include <condition_variable>
#include <mutex>
#include <thread>

struct pg_conn;

namespace ss::seed {

// While it lives, a raised stop signal interrupts the PostgreSQL statement that is running on `conn` (an index build, a
// validation, ANALYZE): a watcher thread sends the server a cancel request once the signal is raised. The statement
// then fails with the server's "canceling statement due to user request".
class StatementCanceller {
public:
    StatementCanceller(pg_conn* conn, const StopSignal* stop);
    ~StatementCanceller();
    StatementCanceller(const StatementCanceller&) = delete;
    StatementCanceller& operator=(const StatementCanceller&) = delete;

private:
    void watch(pg_conn* conn);

    const StopSignal* m_stop;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

}  // namespace ss::seed
