#pragma once

#include "service/route_table.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QString>

class QThreadPool;

namespace ss::service {

// The HTTP front of `dbx serve`: every request needs the bearer token (compared in constant time), bodies over
// 16 MiB are refused with 413, CORS headers only for --allow-origin, and the routes run on worker threads so a
// slow request never holds up the others; the answer is written back on the server's thread.
class ServiceServer : public QAbstractHttpServer {
    Q_OBJECT

public:
    static constexpr qint64 kMaxBodyBytes = 16 * 1024 * 1024;

    ServiceServer(const RouteTable& routes, QByteArray token, QString allowOrigin, QThreadPool& pool,
                  QObject* parent = nullptr);

    int requestsInFlight() const { return m_inFlight; }

Q_SIGNALS:
    void idle();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void respond(const QHttpServerRequest& request, QTcpSocket* socket, const HttpResponse& response);

    const RouteTable& m_routes;
    QByteArray m_token;
    QString m_allowOrigin;
    QThreadPool& m_pool;
    int m_inFlight = 0;
};

}  // namespace ss::service
