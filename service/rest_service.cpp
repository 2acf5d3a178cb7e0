#include "service/rest_service.h"

#include "service/service_server.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTcpServer>

namespace ss::service {

RestService::RestService() = default;

RestService::~RestService()
{
    stop(10000);
}

std::string RestService::start(const ServiceOptions& options, const QHostAddress& host, quint16 port)
{
    if (std::string error = loadProject(options.projectDir, m_context.project); !error.empty())
        return error;
    m_context.database = options.database.empty() ? m_context.project.defaultEnvironment : options.database;
    if (m_context.database.empty())
        return m_context.project.dir + "/dbx.yml names no default environment: give --db URL|ENVIRONMENT";
    m_context.jobs = &m_jobs;
    m_context.applying = &m_applying;
    m_pool.setMaxThreadCount(options.workers);
    addHealthRoutes(m_routes, m_context);
    addSpecRoutes(m_routes, m_context);
    addDatabaseRoutes(m_routes, m_context);
    addJobRoutes(m_routes, m_context);
    addExploreRoutes(m_routes, m_context);
    addProposalRoutes(m_routes, m_context);
    m_server = std::make_unique<ServiceServer>(m_routes, options.token, options.allowOrigin, m_pool);
    m_port = m_server->listen(host, port);
    if (m_port == 0)
        return "cannot listen on " + host.toString().toStdString() + ":" + std::to_string(port) +
               " (in use, or not an address of this machine)";
    return {};
}

bool RestService::stop(int timeoutMs)
{
    if (!m_server)
        return true;
    for (QTcpServer* listener : m_server->servers())
        listener->close();
    QDeadlineTimer deadline(timeoutMs);
    const bool drained = m_pool.waitForDone(timeoutMs);
    // Answers computed on the workers are written on this thread: let them go out.
    while (m_server->requestsInFlight() > 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    m_server.reset();
    return drained;
}

}  // namespace ss::service
