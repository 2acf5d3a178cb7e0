#pragma once

#include "core/design/designer.h"
#include "ui/shell/active_database.h"
#include "ui/widgets/latest_job_runner.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace ss::ui {

// Drafts from a prompt on a worker thread (a model's answer can take a while); Cancel stops the wait for the
// model at once and nothing is drafted. Each draft is logged in the active database's dbx_runs.
class DraftRunner : public QObject {
    Q_OBJECT

public:
    explicit DraftRunner(QObject* parent = nullptr);

    void request(const std::string& prompt, std::optional<SchemaModel> base, const design::DesignOptions& options,
                 const ActiveDatabase& database);
    void cancel();
    bool isRunning() const { return jobs_.isRunning(); }

Q_SIGNALS:
    void finished(const ss::design::DesignResult& result);
    void runningChanged(bool running);

private:
    std::shared_ptr<std::atomic<bool>> cancel_;
    LatestJobRunner jobs_;
};

}  // namespace ss::ui
