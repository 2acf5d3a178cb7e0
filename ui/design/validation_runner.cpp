#include "ui/design/validation_runner.h"

#include "core/spec/spec_check.h"

#include <QElapsedTimer>

namespace ss::ui {

ValidationRunner::ValidationRunner(QObject* parent)
    : QObject(parent), worker_(new QObject), loader_(std::make_unique<IncrementalSpecLoader>())
{
    thread_.setObjectName(QStringLiteral("spec validation"));
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_.start(QThread::LowPriority);
}

ValidationRunner::~ValidationRunner()
{
    generation_ = ~quint64(0);  // jobs still queued see they are stale and return at once
    thread_.quit();
    thread_.wait();
}

void ValidationRunner::request(std::string text)
{
    const quint64 generation = ++generation_;
    if (pending_++ == 0) Q_EMIT runningChanged(true);
    QMetaObject::invokeMethod(worker_, [this, generation, text = std::move(text)] {
        ValidationOutcome outcome;
        if (generation == generation_) {
            QElapsedTimer timer;
            timer.start();
            LoadResult checked = checkSpecText(*loader_, text);
            outcome.model = std::make_shared<const SchemaModel>(std::move(checked.model));
            outcome.diagnostics = std::move(checked.diagnostics);
            outcome.elapsedMs = timer.elapsed();
        }
        QMetaObject::invokeMethod(this, [this, generation, outcome = std::move(outcome)] {
            deliver(generation, outcome);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void ValidationRunner::deliver(quint64 generation, const ValidationOutcome& outcome)
{
    --pending_;
    if (generation == generation_) Q_EMIT finished(outcome);
    if (pending_ == 0) Q_EMIT runningChanged(false);
}

}  // namespace ss::ui
