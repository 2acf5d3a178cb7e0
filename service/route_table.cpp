#include "service/route_table.h"

namespace ss::service {

namespace {

QStringList segmentsOf(const QString& path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

}  // namespace

void RouteTable::add(const QByteArray& method, const QString& pattern, RouteHandler handler)
{
    m_routes.push_back({method, segmentsOf(pattern), std::move(handler)});
}

bool RouteTable::matches(const Route& route, const QStringList& path, std::map<QString, QString>& captures)
{
    if (route.segments.size() != path.size())
        return false;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QString& want = route.segments[i];
        if (want.startsWith(QLatin1Char('{')) && want.endsWith(QLatin1Char('}')))
            captures[want.mid(1, want.size() - 2)] = path[i];
        else if (want != path[i])
            return false;
    }
    return true;
}

HttpResponse RouteTable::dispatch(HttpRequest request) const
{
    const QStringList path = segmentsOf(request.path);
    QStringList allowed;
    for (const Route& route : m_routes) {
        std::map<QString, QString> captures;
        if (!matches(route, path, captures))
            continue;
        if (route.method != request.method) {
            allowed << QString::fromLatin1(route.method);
            continue;
        }
        request.captures = std::move(captures);
        return route.handler(request);
    }
    if (!allowed.isEmpty())
        return errorResponse(405, request.path.toStdString() + " takes " + allowed.join(QStringLiteral(", ")).toStdString() +
                                      ", not " + request.method.toStdString());
    return errorResponse(404, "no such endpoint: " + request.method.toStdString() + " " + request.path.toStdString() +
                                  " (GET /api/health lists the service's version)");
}

}  // namespace ss::service
