#pragma once

// The one stand-in the tests allow: no model can run here, so this loopback HTTP server speaks the
// chat-completions protocol and answers from a script, one scripted reply per request, in order.

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

// The unit tests run without an application object; the client's event loop needs one on the main thread. It
// lives for one test: a QCoreApplication destroyed among the static objects at exit would outlive Qt's own.
class CoreApplicationForTest {
public:
    CoreApplicationForTest()
    {
        if (!QCoreApplication::instance())
            m_app = std::make_unique<QCoreApplication>(m_argc, m_argv);
    }

private:
    int m_argc = 1;
    char m_name[11] = "unit_tests";
    char* m_argv[2] = {m_name, nullptr};
    std::unique_ptr<QCoreApplication> m_app;
};

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
