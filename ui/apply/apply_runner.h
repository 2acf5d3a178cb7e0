#pragma once

#include "core/db/apply/apply_engine.h"
#include "ui/apply/apply_script.h"
#include "ui/shell/active_database.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace ss::ui {

struct ApplyJob {
    ActiveDatabase database;
    ScriptInput input;
    std::string reviewedChecksum;  // the script the user saw; anything else is refused
    bool allowBreaking = false;     // the user confirmed every high-risk operation
};

struct ApplyRunResult {
    QString error;       // the apply could not start (database unreachable, the plan changed); nothing ran
    ApplyOutcome outcome;  // what the engine did, when it started
    bool started = false;
};

// Runs one apply at a time on a worker thread of its own, with its own connection, and streams the engine's
// progress. Cancel is honoured between statements (SQLite and PostgreSQL roll the whole migration back).
class ApplyRunner : public QObject {
    Q_OBJECT

public:
    explicit ApplyRunner(QObject* parent = nullptr);
    ~ApplyRunner() override;

    // Returns false (and does nothing) while an apply runs.
    bool start(const ApplyJob& job);
    // Thread-safe: asks the running apply to stop before its next statement.
    void cancel() { cancel_ = true; }
    bool isRunning() const { return running_; }

Q_SIGNALS:
    void runningChanged(bool running);
    // Emitted on the worker thread, between statements: a receiver connected directly runs before the engine
    // goes on; others receive it queued, in order.
    void statementProgress(const ss::StatementProgress& progress);
    void message(const QString& text);  // worker thread too
    // On this object's thread, after the last progress signal.
    void finished(const ss::ui::ApplyRunResult& result);

private:
    ApplyRunResult run(const ApplyJob& job);

    QThread thread_;
    QObject* worker_;  // lives in thread_
    std::atomic<bool> cancel_{false};
    bool running_ = false;
};

}  // namespace ss::ui
