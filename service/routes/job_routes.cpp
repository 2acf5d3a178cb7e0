#include "service/api_context.h"

namespace ss::service {

void addJobRoutes(RouteTable& routes, const ApiContext& context)
{
    routes.add("GET", QStringLiteral("/api/jobs/{id}"), [&context](const HttpRequest& r) {
        const QJsonObject status = context.jobs->status(r.captures.at(QStringLiteral("id")));
        return status.isEmpty() ? errorResponse(404, "no such job: " + r.captures.at(QStringLiteral("id")).toStdString())
                                : jsonResponse(200, status);
    });
    routes.add("DELETE", QStringLiteral("/api/jobs/{id}"), [&context](const HttpRequest& r) {
        const QString id = r.captures.at(QStringLiteral("id"));
        if (!context.jobs->cancel(id))
            return errorResponse(404, "no such job: " + id.toStdString());
        return jsonResponse(202, context.jobs->status(id));
    });
}

}  // namespace ss::service
