#include "service/job_registry.h"

#include <QThreadPool>
#include <QUuid>

namespace ss::service {

QString JobRegistry::start(const QString& kind, Work work)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto job = std::make_shared<Job>();
    job->kind = kind;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_jobs[id] = job;
    }
    m_pool.start([this, job, work = std::move(work)] {
        Context context{[this, job](const QJsonObject& progress) {
                            std::lock_guard<std::mutex> lock(m_mutex);
                            job->progress = progress;
                        },
                        &job->cancel};
        bool ok = true;
        QJsonObject outcome = work(context, ok);
        std::lock_guard<std::mutex> lock(m_mutex);
        job->outcome = std::move(outcome);
        job->status = job->cancel.load() ? QStringLiteral("cancelled") : ok ? QStringLiteral("finished") : QStringLiteral("failed");
    });
    return id;
}

QJsonObject JobRegistry::status(const QString& id) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return {};
    const Job& job = *it->second;
    return QJsonObject{{"id", id}, {"kind", job.kind}, {"status", job.status}, {"progress", job.progress}, {"outcome", job.outcome}};
}

bool JobRegistry::cancel(const QString& id)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return false;
    it->second->cancel.store(true);
    return true;
}

}  // namespace ss::service
