// 50 clients x 20 plan requests of the demo against a `dbx serve` process on loopback: every answer checked,
// latency p50/p99 and the server's peak memory, beside the same plan made in-process (the work each request does
// without HTTP, JSON parsing or threads).
#include "core/plan/plan.h"
#include "core/spec/yaml_loader.h"
#include "core/sql/migration.h"
#include "core/sql/migration_file.h"

#include "support/process_memory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

constexpr int kClients = 50;
constexpr int kRequestsEach = 20;

QByteArray fileText(const char* path)
{
    QFile f(QStringLiteral(SS_SOURCE_DIR "/") + path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p / 100.0 * static_cast<double>(v.size())))];
}


}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QByteArray current = fileText("schema_specs/current.yml");
    const QByteArray target = fileText("schema_specs/loan_risk.yml");

    // The reference: the plan each request asks for, made in-process.
    std::vector<double> inProcess;
    int expectedOperations = 0;
    qsizetype answerBytes = 0;
    for (int i = 0; i < kClients * kRequestsEach; ++i) {
        QElapsedTimer clock;
        clock.start();
        const ss::SchemaModel a = ss::loadSchemaYaml(current.toStdString()).model;
        const ss::SchemaModel b = ss::loadSchemaYaml(target.toStdString()).model;
        const ss::Plan plan = ss::diff(a, b);
        const QByteArray json = QJsonDocument(ss::planJson(plan, ss::renderMigration(plan, ss::Dialect::Sqlite))).toJson();
        inProcess.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        expectedOperations = static_cast<int>(plan.operations.size());
        answerBytes = json.size();
    }

    QTemporaryDir dir;
    QProcess init;
    init.start(QStringLiteral(SS_DBX_PATH), {"init", dir.filePath("shop")});
    init.waitForFinished();
    QProcess serve;
    serve.setWorkingDirectory(dir.filePath("shop"));
    serve.start(QStringLiteral(SS_DBX_PATH), {"serve", "--port", "0", "--token-file", dir.filePath("token")});
    QByteArray banner;
    while (!banner.contains("curl") && serve.waitForReadyRead(20000))
        banner += serve.readAllStandardOutput();
    const qsizetype at = banner.indexOf("127.0.0.1:");
    if (at < 0) {
        std::fprintf(stderr, "dbx serve did not start: %s\n", banner.constData());
        return 1;
    }
    const int port = banner.mid(at + 10, banner.indexOf('/', at) - at - 10).toInt();
    QFile tokenFile(dir.filePath("token"));
    tokenFile.open(QIODevice::ReadOnly);
    const QByteArray token = tokenFile.readAll().trimmed();
    const QByteArray body = QJsonDocument(QJsonObject{{"current", QString::fromUtf8(current)}, {"target", QString::fromUtf8(target)}}).toJson();

    std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
    std::vector<double> latencies;
    int wrong = 0;
    int pending = kClients;
    QElapsedTimer wall;
    wall.start();
    std::function<void(QNetworkAccessManager*, int)> send = [&](QNetworkAccessManager* client, int left) {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/plan").arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setRawHeader("Authorization", "Bearer " + token);
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        QNetworkReply* reply = client->post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, [&, reply, client, left, clock] {
            latencies.push_back(static_cast<double>(clock->nsecsElapsed()) / 1e6);
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200 ||
                answer.value("operations").toArray().size() != expectedOperations)
                ++wrong;
            reply->deleteLater();
            if (left > 1)
                send(client, left - 1);
            else if (--pending == 0)
                QCoreApplication::quit();
        });
    };
    for (int c = 0; c < kClients; ++c) {
        clients.push_back(std::make_unique<QNetworkAccessManager>());
        send(clients.back().get(), kRequestsEach);
    }
    QCoreApplication::exec();
    const double seconds = static_cast<double>(wall.elapsed()) / 1000.0;
    const long peak = bench::peakKiB(serve.processId());

    QNetworkAccessManager after;
    QNetworkRequest health(QUrl(QStringLiteral("http://127.0.0.1:%1/api/health").arg(port)));
    health.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply* last = after.get(health);
    QObject::connect(last, &QNetworkReply::finished, &app, &QCoreApplication::quit);
    QCoreApplication::exec();
    const int healthStatus = last->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    serve.terminate();
    serve.waitForFinished(30000);

    std::printf("requests: %zu (%d clients x %d), wrong or failed answers: %d, %d operations (%lld bytes of JSON) each\n",
                latencies.size(), kClients, kRequestsEach, wrong, expectedOperations, static_cast<long long>(answerBytes));
    std::printf("over HTTP: p50 %.1f ms, p99 %.1f ms, max %.1f ms; %.2f s in all (%.0f requests/s)\n",
                percentile(latencies, 50), percentile(latencies, 99), percentile(latencies, 100), seconds,
                static_cast<double>(latencies.size()) / seconds);
    std::printf("reference, the same plan in-process: p50 %.2f ms, p99 %.2f ms\n", percentile(inProcess, 50),
                percentile(inProcess, 99));
    std::printf("server peak resident memory: %ld KiB; health afterwards: HTTP %d; the server exited %d\n", peak,
                healthStatus, serve.exitCode());
    return wrong == 0 && healthStatus == 200 ? 0 : 1;
}
