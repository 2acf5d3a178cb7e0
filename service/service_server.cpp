#include "service/service_server.h"

#include "service/access_token.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QThreadPool>

#include <memory>

namespace ss::service {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}

void write(QHttpServerResponder& responder, int status, const QByteArray& body, const QString& allowOrigin, bool challenge)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    if (!allowOrigin.isEmpty()) {
        responder.writeHeader("Access-Control-Allow-Origin", allowOrigin.toUtf8());
        responder.writeHeader("Access-Control-Allow-Headers", "Authorization, Content-Type");
        responder.writeHeader("Access-Control-Allow-Methods", "GET, POST, DELETE, OPTIONS");
    }
    if (challenge)
        responder.writeHeader("WWW-Authenticate", "Bearer");
    responder.writeBody(body);
}

}  // namespace

ServiceServer::ServiceServer(const RouteTable& routes, QByteArray token, QString allowOrigin, QThreadPool& pool, QObject* parent)
    : QAbstractHttpServer(parent), m_routes(routes), m_token(std::move(token)), m_allowOrigin(std::move(allowOrigin)), m_pool(pool)
{
}

void ServiceServer::respond(const QHttpServerRequest& request, QTcpSocket* socket, const HttpResponse& response)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, response.status, QJsonDocument(response.json).toJson(QJsonDocument::Compact), m_allowOrigin,
          response.status == 401);
}

bool ServiceServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QByteArray method = methodName(request.method());
    if (method == "OPTIONS" && !m_allowOrigin.isEmpty()) {
        respond(request, socket, jsonResponse(204, {}));
        return true;
    }
    if (request.body().size() > kMaxBodyBytes || request.value("content-length").toLongLong() > kMaxBodyBytes) {
        respond(request, socket, errorResponse(413, "the body is larger than 16 MiB"));
        return true;
    }
    const QByteArray authorization = request.value("authorization");
    const QByteArray given = authorization.startsWith("Bearer ") ? authorization.mid(7).trimmed() : QByteArray();
    if (!sameToken(m_token, given)) {
        respond(request, socket, errorResponse(401, given.isEmpty() ? "no token: send the header \"Authorization: Bearer\" with the token from the file dbx serve names"
                                                                    : "wrong token"));
        return true;
    }
    HttpRequest call;
    call.method = method;
    call.path = request.url().path();
    call.query = QUrlQuery(request.url());
    call.body = request.body();
    call.client = request.remoteAddress().toString();

    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> alive(socket);
    ++m_inFlight;
    m_pool.start([this, call = std::move(call), responder, alive] {
        const HttpResponse response = m_routes.dispatch(call);
        const QByteArray body = QJsonDocument(response.json).toJson(QJsonDocument::Compact);
        QMetaObject::invokeMethod(
            this,
            [this, responder, alive, status = response.status, body] {
                if (alive)
                    write(*responder, status, body, m_allowOrigin, status == 401);
                if (--m_inFlight == 0)
                    Q_EMIT idle();
            },
            Qt::QueuedConnection);
    });
    return true;
}

void ServiceServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    respond(request, socket, errorResponse(404, "no such endpoint"));
}

}  // namespace ss::service
