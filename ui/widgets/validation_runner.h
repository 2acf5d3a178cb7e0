#pragma once

#include "core/spec/diagnostic.h"
#include "core/spec/schema_model.h"

#include <QObject>
#include <QThread>

#include <any>
#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace ss::ui {

struct ValidationOutcome {
    std::shared_ptr<const SchemaModel> model;  // a spec: as much of it as could be read
    std::any result;                           // other texts: what their check made of them (a profile's plan)
    std::vector<Diagnostic> diagnostics;       // as the matching dbx command reports them
    qint64 elapsedMs = 0;
};

// Checks one text on the worker thread, filling the outcome's result and diagnostics.
using TextCheck = std::function<void(const std::string& text, ValidationOutcome& outcome)>;

// Loads and validates text (a spec, a seeding profile) on a worker thread of its own, so typing never waits for
// it. Only the latest request matters: requests overtaken before they start are skipped, and results of overtaken
// requests are dropped, so finished() always describes the newest text.
class ValidationRunner : public QObject {
    Q_OBJECT

public:
    explicit ValidationRunner(QObject* parent = nullptr);
    ~ValidationRunner() override;

    // A spec, checked as `dbx validate` checks it.
    void request(std::string text);
    // Any other text, checked by `check` (which must not touch the UI; it runs on the worker thread).
    void request(std::string text, TextCheck check);
    bool isRunning() const { return pending_ > 0; }

Q_SIGNALS:
    void finished(const ss::ui::ValidationOutcome& outcome);
    void runningChanged(bool running);

private:
    void deliver(quint64 generation, const ValidationOutcome& outcome);

    QThread thread_;
    QObject* worker_;                       // lives in thread_: the context its jobs run in
    std::atomic<quint64> generation_{0};
    int pending_ = 0;                       // requests whose result has not come back (UI thread only)
};

}  // namespace ss::ui
