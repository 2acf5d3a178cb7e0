#include "core/llm/chat_client.h"

#include "core/db/credentials.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <cstdio>

namespace ss {

namespace {

constexpr qint64 kMaxReplyBytes = 16 * 1024 * 1024;

enum class Format { Schema, JsonObject };

QByteArray requestBody(const LlmEndpoint& endpoint, const std::vector<ChatMessage>& messages,
                       const QJsonObject& jsonSchema, Format format)
{
    QJsonArray list;
    for (const ChatMessage& m : messages)
        list.append(QJsonObject{{"role", QString::fromStdString(m.role)}, {"content", QString::fromStdString(m.content)}});
    QJsonObject body{{"messages", list}, {"temperature", 0}, {"stream", false}};
    if (!endpoint.model.empty())
        body.insert("model", QString::fromStdString(endpoint.model));
    if (!jsonSchema.isEmpty()) {
        if (format == Format::Schema)
            body.insert("response_format",
                        QJsonObject{{"type", "json_schema"},
                                    {"json_schema", QJsonObject{{"name", "answer"}, {"schema", jsonSchema}}}});
        else
            body.insert("response_format", QJsonObject{{"type", "json_object"}});
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

struct HttpOutcome {
    int status = 0;
    QByteArray body;
    std::string networkError;
    bool timedOut = false;
    bool cancelled = false;
};

HttpOutcome post(const LlmEndpoint& endpoint, const QByteArray& body, const std::atomic<bool>* cancel,
                 int remainingMs)
{
    const QUrl url(QString::fromStdString(endpoint.completionsUrl()));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    const PasswordLookup key = findLlmKey(url.host().toStdString(), url.port(url.scheme() == "https" ? 443 : 80));
    if (key.password)
        request.setRawHeader("Authorization", QByteArray("Bearer ") + QByteArray::fromStdString(*key.password));
    request.setTransferTimeout(0);

    QNetworkAccessManager manager;
    QNetworkReply* reply = manager.post(request, body);
    QEventLoop loop;
    HttpOutcome outcome;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        outcome.timedOut = true;
        reply->abort();
    });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancel && cancel->load()) {
            outcome.cancelled = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64) {
        if (received > kMaxReplyBytes)
            reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(std::max(1, remainingMs));
    poll.start(50);
    loop.exec();
    outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    outcome.body = reply->isOpen() ? reply->readAll() : QByteArray();
    if (reply->error() != QNetworkReply::NoError && outcome.status == 0)
        outcome.networkError = reply->errorString().toStdString();
    reply->deleteLater();
    return outcome;
}

// The server's own words about a failed request: OpenAI-style {"error": {"message": ...}} or the body's start.
std::string serverMessage(const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue error = object.value("error");
    if (error.isObject())
        return error.toObject().value("message").toString().toStdString();
    if (error.isString())
        return error.toString().toStdString();
    return QString::fromUtf8(body.left(300)).simplified().toStdString();
}

std::string seconds(int ms)
{
    char text[32];
    std::snprintf(text, sizeof text, ms % 1000 == 0 ? "%.0f s" : "%.1f s", ms / 1000.0);
    return text;
}

}  // namespace

ChatReply requestChatCompletion(const LlmEndpoint& endpoint, const std::vector<ChatMessage>& messages,
                                const QJsonObject& jsonSchema, const std::atomic<bool>* cancel)
{
    ChatReply reply;
    const std::string where = "the model endpoint " + endpoint.completionsUrl();
    QElapsedTimer clock;
    clock.start();
    Format format = Format::Schema;
    HttpOutcome outcome;
    for (;;) {
        const int remaining = endpoint.timeoutMs - static_cast<int>(clock.elapsed());
        outcome = post(endpoint, requestBody(endpoint, messages, jsonSchema, format), cancel, remaining);
        const bool refusedFormat = outcome.status == 400 && format == Format::Schema && !jsonSchema.isEmpty() &&
                                   serverMessage(outcome.body).find("response_format") != std::string::npos;
        if (!refusedFormat)
            break;
        format = Format::JsonObject;
    }
    reply.elapsedMs = clock.elapsed();
    if (outcome.cancelled) {
        reply.cancelled = true;
        reply.error = "cancelled while waiting for " + where;
        return reply;
    }
    if (outcome.timedOut) {
        reply.timedOut = true;
        reply.error = where + " did not answer within " + seconds(endpoint.timeoutMs);
        return reply;
    }
    if (!outcome.networkError.empty()) {
        reply.error = where + " cannot be reached: " + outcome.networkError;
        return reply;
    }
    if (outcome.status != 200) {
        reply.error = where + " answered HTTP " + std::to_string(outcome.status) + ": " + serverMessage(outcome.body);
        return reply;
    }
    QJsonParseError parseError{};
    const QJsonObject object = QJsonDocument::fromJson(outcome.body, &parseError).object();
    const QJsonArray choices = object.value("choices").toArray();
    if (parseError.error != QJsonParseError::NoError || choices.isEmpty()) {
        reply.error = where + " did not answer in the chat-completions format (no choices[0].message)";
        return reply;
    }
    const QJsonObject usage = object.value("usage").toObject();
    reply.tokensIn = usage.value("prompt_tokens").toInt();
    reply.tokensOut = usage.value("completion_tokens").toInt();
    reply.content = choices.first().toObject().value("message").toObject().value("content").toString().toStdString();
    reply.ok = true;
    return reply;
}

}  // namespace ss
