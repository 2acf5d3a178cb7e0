#include "ui/design/draft_runner.h"

#include "core/design/design_run.h"

#include <QElapsedTimer>

namespace ss::ui {

DraftRunner::DraftRunner(QObject* parent) : QObject(parent), jobs_(QStringLiteral("designer"), this)
{
    connect(&jobs_, &LatestJobRunner::runningChanged, this, &DraftRunner::runningChanged);
}

void DraftRunner::request(const std::string& prompt, std::optional<SchemaModel> base, const design::DesignOptions& options,
                          const ActiveDatabase& database)
{
    if (cancel_) cancel_->store(true);
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    jobs_.request(
        [prompt, base = std::move(base), options, database, flag = cancel_]() mutable {
            design::DesignOptions withCancel = options;
            withCancel.cancel = flag.get();
            const std::string startedAt = utcTimestampNow();
            QElapsedTimer clock;
            clock.start();
            design::DesignResult result = design::design(prompt, base ? &*base : nullptr, withCancel);
            if (flag->load()) {
                result.cancelled = true;
                result.ok = false;
            }
            if (database.isSet() && database.error.isEmpty() && !database.resolved.isMissingFile()) {
                DatabaseConnection connection;
                std::string error = openActiveDatabase(connection, database, Access::Write);
                if (error.empty())
                    error = recordFinishedRun(connection, design::designRun(result, prompt, startedAt, clock.elapsed()));
                if (!error.empty())
                    result.message += (result.message.empty() ? "" : " ") + std::string("The draft was not logged: ") + error;
            }
            return result;
        },
        [this](design::DesignResult result) { Q_EMIT finished(result); });
}

void DraftRunner::cancel()
{
    if (cancel_) cancel_->store(true);
}

}  // namespace ss::ui
