// The Apply page's run: the confirmation, the worker's progress and the outcome.
#include "ui/apply/apply_page.h"

#include "core/project/current_spec.h"
#include "ui/apply/apply_log.h"
#include "ui/apply/breaking_confirmation.h"
#include "ui/shell/workspace.h"
#include "ui/widgets/painted_icon.h"
#include "ui/widgets/plural.h"
#include "ui/widgets/status_line.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressBar>
#include <QPushButton>

namespace ss::ui {

namespace {

QString failedStatementText(const ApplyOutcome& outcome, const MigrationScript* script)
{
    if (outcome.failedStatement <= 0) return {};
    QString text = QObject::tr("Statement %1 of %2 failed").arg(outcome.failedStatement).arg(outcome.statementsTotal);
    if (script && outcome.failedStatement <= static_cast<int>(script->statements.size())) {
        const std::string& sql = script->statements[static_cast<std::size_t>(outcome.failedStatement - 1)].sql;
        text += QStringLiteral(": ") + QString::fromStdString(sql.substr(0, sql.find('\n')));
    }
    return text + QLatin1Char('.');
}

bool isCurrentSpec(const Workspace& workspace, const QString& specPath)
{
    const QFileInfo current(QString::fromStdString(workspace.project().currentSpecPath()));
    return !specPath.isEmpty() && QFileInfo(specPath).absoluteFilePath() == current.absoluteFilePath();
}

}  // namespace

void ApplyPage::apply()
{
    if (!applyButton_->isEnabled()) return;
    const MigrationScript& script = *preview_.build.script;
    const auto risky = script.highRiskOperations();
    if (risky.empty()) {
        start(false);
        return;
    }
    confirmation_ = new BreakingConfirmation(script, workspace_.activeDatabase(), this);
    confirmation_->setAttribute(Qt::WA_DeleteOnClose);
    const int changes = static_cast<int>(risky.size());
    connect(confirmation_, &QDialog::finished, this, [this, changes](int result) {
        confirmation_ = nullptr;
        if (result == QDialog::Accepted) {
            start(true);
        } else {
            showDeclined(changes);
        }
    });
    updateActions();
    confirmation_->open();
}

void ApplyPage::cancel()
{
    if (!runner_->isRunning()) return;
    runner_->cancel();
    outcome_->setMessage(tr("Cancelling: stopping before the next statement…"), warningIcon());
}

void ApplyPage::start(bool allowBreaking)
{
    const MigrationScript& script = *preview_.build.script;
    ApplyJob job;
    job.database = workspace_.activeDatabase();
    job.input = scriptInput();
    job.reviewedChecksum = script.checksum;
    job.allowBreaking = allowBreaking;
    const bool fromSpec = job.input.source.kind == ApplySource::Kind::DesignSpec;
    appliedModel_ = fromSpec ? job.input.spec.model : nullptr;
    appliedSpecPath_ = fromSpec ? workspace_.specPath() : QString();
    recordCurrent_->hide();

    const int total = static_cast<int>(script.statements.size());
    statementsEnded_ = 0;
    log_->start(total);
    progress_->setRange(0, total);
    progress_->setValue(0);
    outcome_->setMessage(tr("Applying to %1…").arg(job.database.label()), infoIcon());
    progress_->show();
    log_->show();
    runPanel_->show();
    runner_->start(job);
}

void ApplyPage::showStatement(const StatementProgress& progress)
{
    log_->addStatement(progress);
    if (progress.status == StatementStatus::Running) return;
    progress_->setMaximum(progress.total);
    progress_->setValue(++statementsEnded_);
}

void ApplyPage::showResult(const ApplyRunResult& result)
{
    if (!result.started) {
        outcome_->setMessage(result.error.startsWith(tr("Nothing was applied"))
                                 ? result.error
                                 : tr("Nothing was applied: %1").arg(result.error),
                             errorIcon());
    } else {
        const ApplyOutcome& o = result.outcome;
        const QString summary = QString::fromStdString(o.summary);
        const QString error = QString::fromStdString(o.error);
        const MigrationScript* script = preview_.build.script.get();
        QString backup;
        if (!o.backup.empty() && !summary.contains(QString::fromStdString(o.backup)))
            backup = tr("\nBackup: %1").arg(QDir::toNativeSeparators(QString::fromStdString(o.backup)));
        switch (o.status) {
        case ApplyStatus::Applied:
            progress_->setValue(progress_->maximum());
            outcome_->setMessage(tr("Applied: %1%2").arg(summary, backup), validIcon());
            recordCurrent_->setVisible(appliedModel_ && !isCurrentSpec(workspace_, appliedSpecPath_));
            break;
        case ApplyStatus::AlreadyApplied:
        case ApplyStatus::NothingToDo:
        case ApplyStatus::DryRun:
            outcome_->setMessage(tr("No change: %1").arg(summary), infoIcon());
            break;
        case ApplyStatus::RefusedBreaking:
        case ApplyStatus::Refused:
            outcome_->setMessage(tr("Refused: %1\n%2").arg(summary, error), warningIcon());
            break;
        case ApplyStatus::Cancelled:
            outcome_->setMessage(tr("Cancelled: %1").arg(summary), warningIcon());
            break;
        case ApplyStatus::Failed: {
            QString text = tr("Failed: %1").arg(summary);
            if (const QString statement = failedStatementText(o, script); !statement.isEmpty()) text += QLatin1Char('\n') + statement;
            if (!error.isEmpty() && !summary.contains(error)) text += QLatin1Char('\n') + error;
            text += backup;
            outcome_->setMessage(text, errorIcon());
            break;
        }
        }
        workspace_.notifyLiveSchemaChanged();  // which previews again, with the new ledger
        workspace_.notifyRunLogged();
    }
    if (!result.started) requestPreview();
    Q_EMIT finished();
}

void ApplyPage::recordAsCurrent()
{
    if (!appliedModel_) return;
    const std::string current = workspace_.project().currentSpecPath();
    const QString currentName = QDir::toNativeSeparators(QString::fromStdString(current));
    if (const std::string error = recordAppliedSpec(*appliedModel_, appliedSpecPath_.toStdString(), current); !error.empty()) {
        status_->setMessage(tr("current.yml was not changed: %1").arg(QString::fromStdString(error)), errorIcon());
        return;
    }
    recordCurrent_->hide();
    status_->setMessage(tr("%1 now holds what was applied: plans and drift checks start from it.").arg(currentName), validIcon());
    workspace_.notifyCurrentSpecChanged();
}

void ApplyPage::showDeclined(int changes)
{
    // Nothing ran: the outcome alone, without an empty log.
    runPanel_->show();
    log_->start(0);
    log_->hide();
    progress_->hide();
    outcome_->setMessage(tr("Not applied: you declined %1. Nothing ran; the database is unchanged.")
                             .arg(plural(changes, "high-risk change", "high-risk changes")),
                         warningIcon());
    updateActions();
    Q_EMIT finished();
}

}  // namespace ss::ui
