#include "ui/widgets/latest_job_runner.h"

namespace ss::ui {

LatestJobRunner::LatestJobRunner(const QString& threadName, QObject* parent) : QObject(parent), worker_(new QObject)
{
    thread_.setObjectName(threadName);
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_.start(QThread::LowPriority);
}

LatestJobRunner::~LatestJobRunner()
{
    generation_ = ~quint64(0);  // jobs still queued see they are stale and return at once
    thread_.quit();
    thread_.wait();
}

quint64 LatestJobRunner::begin()
{
    if (pending_++ == 0) Q_EMIT runningChanged(true);
    return ++generation_;
}

void LatestJobRunner::finish(quint64 generation, const std::function<void()>& deliver)
{
    --pending_;
    if (isLatest(generation)) deliver();
    if (pending_ == 0) Q_EMIT runningChanged(false);
}

}  // namespace ss::ui
