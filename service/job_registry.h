#pragma once

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>

class QThreadPool;

namespace ss::service {

// Long work (apply, seed) runs as a job: answered 202 with its id at once, followed with GET /api/jobs/{id}
// (progress, then the outcome) and cancelled with DELETE. Jobs run on the service's worker threads.
class JobRegistry {
public:
    struct Context {
        std::function<void(const QJsonObject& progress)> report;
        const std::atomic<bool>* cancel;
    };
    // The work returns its outcome; `ok` false marks the job failed.
    using Work = std::function<QJsonObject(const Context& context, bool& ok)>;

    explicit JobRegistry(QThreadPool& pool) : m_pool(pool) {}

    QString start(const QString& kind, Work work);
    // The job's state {id, kind, status (running, finished, failed, cancelled), progress, outcome}; empty when unknown.
    QJsonObject status(const QString& id) const;
    // Asks a running job to stop; false when there is no such job.
    bool cancel(const QString& id);

private:
    struct Job {
        QString kind;
        QString status = QStringLiteral("running");
        QJsonObject progress;
        QJsonObject outcome;
        std::atomic<bool> cancel{false};
    };

    QThreadPool& m_pool;
    mutable std::mutex m_mutex;
    std::map<QString, std::shared_ptr<Job>> m_jobs;
};

}  // namespace ss::service
