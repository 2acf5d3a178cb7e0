#pragma once

#include "service/api_context.h"
#include "service/job_registry.h"
#include "service/route_table.h"

#include <QHostAddress>
#include <QThreadPool>

#include <memory>
#include <string>

namespace ss::service {

class ServiceServer;

struct ServiceOptions {
    std::string projectDir = ".";
    std::string database;      // a URL or an environment; empty: the project's default environment
    QByteArray token;
    QString allowOrigin;
    int workers = 4;
};

// The engine as a local REST service: the project, its routes, the jobs and the HTTP server.
class RestService {
public:
    RestService();
    ~RestService();

    // Loads the project and listens; returns an error, or empty with port() set.
    std::string start(const ServiceOptions& options, const QHostAddress& host, quint16 port);
    quint16 port() const { return m_port; }
    const ApiContext& context() const { return m_context; }
    // Stops taking requests and waits up to `timeoutMs` for those in flight and the running jobs.
    bool stop(int timeoutMs);

private:
    QThreadPool m_pool;
    JobRegistry m_jobs{m_pool};
    std::mutex m_applying;
    ApiContext m_context;
    RouteTable m_routes;
    std::unique_ptr<ServiceServer> m_server;
    quint16 m_port = 0;
};

}  // namespace ss::service
