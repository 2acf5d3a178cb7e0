#pragma once

#include "core/db/database_connection.h"
#include "core/project/project_folder.h"
#include "service/http_exchange.h"
#include "service/job_registry.h"
#include "service/route_table.h"

#include <QJsonObject>

#include <mutex>
#include <optional>
#include <string>

namespace ss::service {

// What every route works on: the project, the database (a URL or an environment of the project) and the jobs.
struct ApiContext {
    Project project;
    std::string database;
    JobRegistry* jobs = nullptr;
    // Applies of this service run one at a time, each planned once the one before it has ended (the database's
    // own lock keeps other processes out).
    std::mutex* applying = nullptr;

    // Opens the database on the calling thread; for writing, a SQLite or DuckDB file is created when missing.
    std::string open(DatabaseConnection& connection, bool forWriting) const;
    // Opens it for questions only: a SQLite file read-only (the queries also run in read-only transactions).
    std::string openReadOnly(DatabaseConnection& connection) const;
    std::string databaseDisplay() const;
};

// The body as a JSON object, or the 400 that says where it is malformed.
std::optional<HttpResponse> readJsonBody(const HttpRequest& request, QJsonObject& body);
// A required string member, or the 400 that names it.
std::optional<HttpResponse> requireString(const QJsonObject& body, const char* member, std::string& out);

void addHealthRoutes(RouteTable& routes, const ApiContext& context);
void addSpecRoutes(RouteTable& routes, const ApiContext& context);
void addDatabaseRoutes(RouteTable& routes, const ApiContext& context);
void addJobRoutes(RouteTable& routes, const ApiContext& context);
void addExploreRoutes(RouteTable& routes, const ApiContext& context);
void addProposalRoutes(RouteTable& routes, const ApiContext& context);

}  // namespace ss::service
