#pragma once

#include "service/http_exchange.h"

#include <functional>
#include <vector>

namespace ss::service {

using RouteHandler = std::function<HttpResponse(const HttpRequest&)>;

// Method + path pattern ("/api/jobs/{id}") -> handler. A path no pattern matches is 404; a path that matches
// with another method is 405, naming the methods it takes.
class RouteTable {
public:
    void add(const QByteArray& method, const QString& pattern, RouteHandler handler);
    HttpResponse dispatch(HttpRequest request) const;

private:
    struct Route {
        QByteArray method;
        QStringList segments;
        RouteHandler handler;
    };
    static bool matches(const Route& route, const QStringList& path, std::map<QString, QString>& captures);

    std::vector<Route> m_routes;
};

}  // namespace ss::service
