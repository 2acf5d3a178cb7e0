#include "ui/design/draft_runner.h"

namespace ss::ui {

DraftRunner::DraftRunner(QObject* parent) : QObject(parent), jobs_(QStringLiteral("designer"), this)
{
    connect(&jobs_, &LatestJobRunner::runningChanged, this, &DraftRunner::runningChanged);
}

void DraftRunner::request(const std::string& prompt, std::optional<SchemaModel> base, const design::DesignOptions& options)
{
    if (cancel_) cancel_->store(true);
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    jobs_.request(
        [prompt, base = std::move(base), options, flag = cancel_]() mutable {
            design::DesignOptions withCancel = options;
            withCancel.cancel = flag.get();
            design::DesignResult result = design::design(prompt, base ? &*base : nullptr, withCancel);
            if (flag->load()) {
                result.cancelled = true;
                result.ok = false;
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
