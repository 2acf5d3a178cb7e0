#pragma once

#include "core/spec/diagnostic.h"
#include "core/spec/incremental_spec_loader.h"
#include "core/spec/schema_model.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace ss::ui {

struct ValidationOutcome {
    std::shared_ptr<const SchemaModel> model;  // as much of the spec as could be read
    std::vector<Diagnostic> diagnostics;       // as `dbx validate` reports them
    qint64 elapsedMs = 0;
};

// Loads and validates spec text on a worker thread of its own, so typing never waits for it. Only the latest
// request matters: requests overtaken before they start are skipped, and results of overtaken requests are
// dropped, so finished() always describes the newest text.
class ValidationRunner : public QObject {
    Q_OBJECT

public:
    explicit ValidationRunner(QObject* parent = nullptr);
    ~ValidationRunner() override;

    void request(std::string text);
    bool isRunning() const { return pending_ > 0; }

Q_SIGNALS:
    void finished(const ss::ui::ValidationOutcome& outcome);
    void runningChanged(bool running);

private:
    void deliver(quint64 generation, const ValidationOutcome& outcome);

    QThread thread_;
    QObject* worker_;                       // lives in thread_: the context its jobs run in
    std::atomic<quint64> generation_{0};
    // Used only by jobs on thread_: keeps the parsed tables of the previous text, so a keystroke re-parses
    // one table rather than the whole spec.
    std::unique_ptr<IncrementalSpecLoader> loader_;
    int pending_ = 0;                       // requests whose result has not come back (UI thread only)
};

}  // namespace ss::ui
