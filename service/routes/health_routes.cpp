#include "service/api_context.h"

namespace ss::service {

void addHealthRoutes(RouteTable& routes, const ApiContext& context)
{
    routes.add("GET", QStringLiteral("/api/health"), [&context](const HttpRequest&) {
        return jsonResponse(200, QJsonObject{{"status", "ok"},
                                             {"version", SS_VERSION},
                                             {"project", QString::fromStdString(context.project.name)},
                                             {"database", QString::fromStdString(context.databaseDisplay())}});
    });
}

}  // namespace ss::service
