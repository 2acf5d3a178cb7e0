#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <map>
#include <string>

namespace ss::service {

// A request as the routes see it: read off the socket on the server's thread, handled on a worker.
struct HttpRequest {
    QByteArray method;   // GET, POST, DELETE, ...
    QString path;        // without the query
    QUrlQuery query;
    QByteArray body;
    QString client;      // the peer's address, for the history of mutating calls
    std::map<QString, QString> captures;  // {id} segments of the route's pattern
};

struct HttpResponse {
    int status = 200;
    QJsonObject json;
};

inline HttpResponse jsonResponse(int status, QJsonObject json)
{
    return {status, std::move(json)};
}

// The one shape of every error: {"error": {"status", "message", "location"?}}; the message never carries a password.
HttpResponse errorResponse(int status, const std::string& message, const std::string& location = {});

}  // namespace ss::service
