#pragma once

#include "core/spec/diagnostic.h"
#include "core/spec/incremental_spec_loader.h"
#include "core/spec/schema_model.h"
#include "ui/widgets/latest_job_runner.h"

#include <QObject>

#include <memory>
#include <string>
#include <vector>

namespace ss::ui {

struct ValidationOutcome {
    std::shared_ptr<const SchemaModel> model;  // as much of the spec as could be read
    std::vector<Diagnostic> diagnostics;       // as `dbx validate` reports them
    qint64 elapsedMs = 0;
};

// Loads and validates spec text on a worker thread, so typing never waits for it. Only the latest request
// matters: finished() always describes the newest text.
class ValidationRunner : public QObject {
    Q_OBJECT

public:
    explicit ValidationRunner(QObject* parent = nullptr);

    void request(std::string text);
    bool isRunning() const { return jobs_.isRunning(); }

Q_SIGNALS:
    void finished(const ss::ui::ValidationOutcome& outcome);
    void runningChanged(bool running);

private:
    // Used only by jobs, which run one at a time: keeps the parsed tables of the previous text, so a keystroke
    // re-parses one table rather than the whole spec. Declared before jobs_ so the worker stops first.
    std::unique_ptr<IncrementalSpecLoader> loader_;
    LatestJobRunner jobs_;
};

}  // namespace ss::ui
