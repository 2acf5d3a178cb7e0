#pragma once

// Real HTTP against a RestService listening on a random loopback port, from QNetworkAccessManager.

#include "service/rest_service.h"
#include "support/core_application.h"

#include <catch2/catch.hpp>

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTimer>

struct Reply {
    int status = 0;
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }
};

class ServiceFixture {
public:
    static constexpr const char* kToken = "0123456789abcdef0123456789abcdef";

    explicit ServiceFixture(QString allowOrigin = {})
    {
        project = dir.filePath("shop");
        ss::createProject(project.toStdString(), "shop");
        ss::service::ServiceOptions options;
        options.projectDir = project.toStdString();
        options.token = kToken;
        options.allowOrigin = allowOrigin;
        const std::string error = service.start(options, QHostAddress::LocalHost, 0);
        INFO(error);
        REQUIRE(error.empty());
    }

    Reply call(const QByteArray& method, const QString& path, const QByteArray& body = {}, const QByteArray& token = kToken)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(service.port()).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply* reply = network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.json = QJsonDocument::fromJson(reply->readAll()).object();
        out.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return out;
    }

    Reply post(const QString& path, const QJsonObject& body) { return call("POST", path, QJsonDocument(body).toJson()); }

    // Polls a job until it has ended.
    QJsonObject waitForJob(const QString& id)
    {
        for (int i = 0; i < 600; ++i) {
            const Reply r = call("GET", "/api/jobs/" + id);
            if (r.json.value("status").toString() != "running")
                return r.json;
            QEventLoop wait;
            QTimer::singleShot(50, &wait, &QEventLoop::quit);
            wait.exec();
        }
        return {};
    }

    CoreApplicationForTest app;
    QTemporaryDir dir;
    QString project;
    ss::service::RestService service;
    QNetworkAccessManager network;
};
