#include "core/seed/load/restore/statement_canceller.h"

#include <libpq-fe.h>

#include <chrono>

namespace ss::seed {

namespace {

constexpr auto kPollInterval = std::chrono::milliseconds(50);

}  // namespace

StatementCanceller::StatementCanceller(pg_conn* conn, const StopSignal* stop) : m_stop(stop)
{
    if (conn && stop)
        m_thread = std::thread([this, conn] { watch(conn); });
}

StatementCanceller::~StatementCanceller()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void StatementCanceller::watch(pg_conn* conn)
{
    // PQgetCancel copies what the request needs: the thread never touches the connection itself.
    PGcancel* request = PQgetCancel(conn);
    if (!request)
        return;
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        if (m_stop->raised()) {
            char message[256];
            PQcancel(request, message, sizeof message);  // a request that comes too late is ignored by the server
            break;
        }
        m_wake.wait_for(lock, kPollInterval);
    }
    PQfreeCancel(request);
}

}  // namespace ss::seed
