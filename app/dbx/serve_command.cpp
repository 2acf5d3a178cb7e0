#include "app/dbx/cli_args.h"
#include "app/dbx/commands.h"

#include "service/access_token.h"
#include "service/rest_service.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <iostream>

namespace dbx {

namespace {

const char* kServeUsage = "Usage: dbx serve [--project DIR] [--db URL|ENV] [--host 127.0.0.1] [--port 8765] "
                          "[--token-file F] [--allow-origin ORIGIN]";

std::atomic<bool> stopRequested{false};

void requestStop(int)
{
    stopRequested.store(true);
}

}  // namespace

int runServe(const std::vector<std::string>& argv)
{
    Args args;
    std::string error;
    if (!args.parse(argv, {"project", "db", "host", "port", "token-file", "allow-origin"}, {"help"}, error))
        return usageError("serve", error, kServeUsage);
    if (args.has("help")) {
        std::cout << kServeUsage << "\n\nThe engine as a local REST service (JSON in and out). Every request needs\n"
                     "Authorization: Bearer TOKEN; the token is made at first start and kept in a file only you can read.\n"
                     "  --host ADDR        listen there (default 127.0.0.1: this machine only)\n"
                     "  --port N           default 8765; 0 picks a free port\n"
                     "  --token-file F     the token's file (default ~/.config/schema-studio/serve-token)\n"
                     "  --allow-origin O   send CORS headers for this origin (none by default)\n"
                     "Endpoints: GET /api/health, POST /api/validate, /api/design, /api/plan, /api/apply (job),\n"
                     "/api/seed (job), GET|DELETE /api/jobs/{id}, GET /api/runs, POST /api/ask, GET /api/suggest-queries.\n"
                     "Ctrl-C stops after the requests in flight.\n";
        return kOk;
    }
    if (!args.positionals().empty())
        return usageError("serve", "unexpected argument '" + args.positionals().front() + "'", kServeUsage);
    bool portOk = true;
    const int port = QString::fromStdString(args.value("port", "8765")).toInt(&portOk);
    if (!portOk || port < 0 || port > 65535)
        return usageError("serve", "--port takes a number from 0 to 65535", kServeUsage);
    const QHostAddress host(QString::fromStdString(args.value("host", "127.0.0.1")));
    if (host.isNull())
        return usageError("serve", "--host takes an IP address, e.g. 127.0.0.1", kServeUsage);

    static int argc = 1;
    static char name[] = "dbx";
    static char* argvQt[] = {name, nullptr};
    QCoreApplication application(argc, argvQt);

    const ss::service::AccessToken token =
        ss::service::loadOrCreateToken(args.has("token-file") ? args.value("token-file") : ss::service::defaultTokenPath());
    if (!token.error.empty()) {
        std::cerr << "dbx serve: " << token.error << "\n";
        return kUsage;
    }
    ss::service::ServiceOptions options;
    options.projectDir = args.value("project", ".");
    options.database = args.value("db");
    options.token = token.token;
    options.allowOrigin = QString::fromStdString(args.value("allow-origin"));
    ss::service::RestService service;
    if (std::string failed = service.start(options, host, static_cast<quint16>(port)); !failed.empty()) {
        std::cerr << "dbx serve: " << failed << "\n";
        return kFindings;
    }
    std::cout << "dbx serve: listening on http://" << host.toString().toStdString() << ":" << service.port() << "/api/\n"
              << "  project " << service.context().project.dir << ", database " << service.context().databaseDisplay() << "\n"
              << "  token in " << token.path << (token.created ? " (made now)" : "") << ":\n"
              << "  curl -H \"Authorization: Bearer $(cat " << token.path << ")\" http://" << host.toString().toStdString()
              << ":" << service.port() << "/api/health\n"
              << std::flush;

    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &application, [] {
        if (stopRequested.load())
            QCoreApplication::quit();
    });
    watch.start(100);
    QCoreApplication::exec();
    std::cout << "dbx serve: stopping after the requests in flight\n" << std::flush;
    return service.stop(30000) ? kOk : kFindings;
}

}  // namespace dbx
