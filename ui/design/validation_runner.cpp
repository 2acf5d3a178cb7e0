#include "ui/design/validation_runner.h"

#include "core/spec/validator.h"
#include "core/spec/yaml_loader.h"

#include <QElapsedTimer>

#include <algorithm>

namespace ss::ui {

ValidationRunner::ValidationRunner(QObject* parent) : QObject(parent), worker_(new QObject)
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
            LoadResult loaded = loadSchemaYaml(text);
            std::vector<Diagnostic> diagnostics = std::move(loaded.diagnostics);
            std::vector<Diagnostic> found = validate(loaded.model);
            diagnostics.insert(diagnostics.end(), std::make_move_iterator(found.begin()),
                               std::make_move_iterator(found.end()));
            std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
                return std::tie(a.loc.line, a.loc.column) < std::tie(b.loc.line, b.loc.column);
            });
            outcome.model = std::make_shared<const SchemaModel>(std::move(loaded.model));
            outcome.diagnostics = std::move(diagnostics);
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
