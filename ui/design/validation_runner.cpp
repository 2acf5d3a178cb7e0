#include "ui/design/validation_runner.h"

#include "core/spec/spec_check.h"

#include <QElapsedTimer>

namespace ss::ui {

ValidationRunner::ValidationRunner(QObject* parent)
    : QObject(parent), loader_(std::make_unique<IncrementalSpecLoader>()), jobs_(QStringLiteral("spec validation"))
{
    connect(&jobs_, &LatestJobRunner::runningChanged, this, &ValidationRunner::runningChanged);
}

void ValidationRunner::request(std::string text)
{
    jobs_.request(
        [loader = loader_.get(), text = std::move(text)] {
            QElapsedTimer timer;
            timer.start();
            LoadResult checked = checkSpecText(*loader, text);
            ValidationOutcome outcome;
            outcome.model = std::make_shared<const SchemaModel>(std::move(checked.model));
            outcome.diagnostics = std::move(checked.diagnostics);
            outcome.elapsedMs = timer.elapsed();
            return outcome;
        },
        [this](const ValidationOutcome& outcome) { Q_EMIT finished(outcome); });
}

}  // namespace ss::ui
