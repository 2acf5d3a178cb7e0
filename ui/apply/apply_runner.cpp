#include "ui/apply/apply_runner.h"

#include <QCoreApplication>

namespace ss::ui {

ApplyRunner::ApplyRunner(QObject* parent) : QObject(parent), worker_(new QObject)
{
    thread_.setObjectName(QStringLiteral("apply"));
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_.start();
}

ApplyRunner::~ApplyRunner()
{
    cancel_ = true;  // an apply still running rolls back rather than keep the window from closing
    thread_.quit();
    thread_.wait();
}

bool ApplyRunner::start(const ApplyJob& job)
{
    if (running_) return false;
    running_ = true;
    cancel_ = false;
    Q_EMIT runningChanged(true);
    QMetaObject::invokeMethod(worker_, [this, job] {
        const ApplyRunResult result = run(job);
        QMetaObject::invokeMethod(this, [this, result] {
            running_ = false;
            Q_EMIT finished(result);
            Q_EMIT runningChanged(false);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return true;
}

ApplyRunResult ApplyRunner::run(const ApplyJob& job)
{
    ApplyRunResult out;
    DatabaseConnection connection;
    if (const std::string error = openActiveDatabase(connection, job.database, Access::Write); !error.empty()) {
        out.error = QString::fromStdString(error);
        return out;
    }
    const ScriptBuild build = buildApplyScript(&connection, connection.dialect(), job.input);
    if (!build.error.isEmpty()) {
        out.error = build.error;
        return out;
    }
    if (build.script->checksum != job.reviewedChecksum) {
        out.error = QCoreApplication::translate("ApplyPage", "Nothing was applied: the plan changed since it was shown "
                                                             "(the database or the source changed). Review the new plan "
                                                             "and apply again.");
        return out;
    }
    ApplyOptions apply;
    apply.allowBreaking = job.allowBreaking;
    apply.hooks.cancel = &cancel_;
    apply.hooks.onStatement = [this](const StatementProgress& progress) { Q_EMIT statementProgress(progress); };
    apply.hooks.onMessage = [this](const std::string& text) { Q_EMIT message(QString::fromStdString(text)); };
    out.outcome = applyMigration(connection, *build.script, apply);
    out.started = true;
    return out;
}

}  // namespace ss::ui
