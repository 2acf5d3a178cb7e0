#pragma once

// The one stand-in the tests allow: no model can run here, so this loopback HTTP server speaks the
// chat-completions protocol and answers from a script, one scripted reply per request, in order.

#include "support/core_application.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <deque>
#include <future>
#include <memory>
#include <mutex>
#include <vector>

struct ScriptedReply {
    int status = 200;
    QByteArray body;
    bool stall = false;  // never answer: the client's timeout must end the wait
};

struct ReceivedRequest {
    QByteArray requestLine;
    QByteArray headers;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A chat-completions answer whose message is `content`.
inline ScriptedReply chatAnswer(const QString& content, int tokensIn = 120, int tokensOut = 80)
{
    const QJsonObject message{{"role", "assistant"}, {"content", content}};
    const QJsonObject body{{"id", "scripted"},
                           {"object", "chat.completion"},
                           {"choices", QJsonArray{QJsonObject{{"index", 0}, {"message", message}, {"finish_reason", "stop"}}}},
                           {"usage", QJsonObject{{"prompt_tokens", tokensIn}, {"completion_tokens", tokensOut}}}};
    return {200, QJsonDocument(body).toJson(QJsonDocument::Compact), false};
}

class ScriptedChatServer : public QThread {
public:
    explicit ScriptedChatServer(std::vector<ScriptedReply> script) : m_script(script.begin(), script.end())
    {
        std::future<quint16> listening = m_port.get_future();
        start();
        m_listening = listening.get();
    }
    ~ScriptedChatServer() override
    {
        quit();
        wait();
    }

    quint16 port() const { return m_listening; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/v1").arg(m_listening); }
    std::vector<ReceivedRequest> requests() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_requests;
    }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket* socket = server.nextPendingConnection())
                serve(socket);
        });
        m_port.set_value(server.serverPort());
        exec();
    }

private:
    void serve(QTcpSocket* socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            qsizetype length = 0;
            for (const QByteArray& line : head.split('\n'))
                if (line.trimmed().toLower().startsWith("content-length:"))
                    length = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            ReceivedRequest request{head.left(head.indexOf("\r\n")), head, buffer->mid(end + 4, length)};
            buffer->clear();
            ScriptedReply reply{500, R"({"error": {"message": "the script has no more replies"}})", false};
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                m_requests.push_back(request);
                if (!m_script.empty()) {
                    reply = m_script.front();
                    m_script.pop_front();
                }
            }
            if (reply.stall)
                return;
            socket->write("HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\nContent-Type: application/json\r\n"
                          "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n" +
                          reply.body);
            socket->disconnectFromHost();
        });
    }

    mutable std::mutex m_mutex;
    std::deque<ScriptedReply> m_script;
    std::vector<ReceivedRequest> m_requests;
    std::promise<quint16> m_port;
    quint16 m_listening = 0;
};
