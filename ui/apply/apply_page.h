#pragma once

#include "ui/apply/apply_preview.h"
#include "ui/apply/apply_runner.h"
#include "ui/apply/breaking_confirmation.h"
#include "ui/shell/page.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace ss::ui {

class ApplyLog;
class DurationChart;
class LatestJobRunner;
class LedgerTable;
class MigrationView;
class ScriptOperationList;
class StatusLine;
class Workspace;

// The Apply page: what is about to run against the active database (the Design page's spec planned against the
// live schema, or a migration file of the project), a confirmation naming every high-risk change, the run
// itself streamed from a worker thread (a log row per statement, a progress bar, Cancel), its outcome, and the
// database's ledger with a chart of past migration durations.
class ApplyPage : public Page {
    Q_OBJECT

public:
    static constexpr FlowStage kStage = FlowStage::Apply;

    explicit ApplyPage(Workspace& workspace, QWidget* parent = nullptr);
    ~ApplyPage() override;

    FlowStage stage() const override { return kStage; }
    QIcon icon() const override;
    bool isBusy() const override;

    ApplySource source() const;
    void setSource(const ApplySource& source);
    const ApplyPreview& preview() const { return preview_; }

    // Applies what the page shows: at once when nothing is high-risk, else after the confirmation is accepted.
    void apply();
    void cancel();

    ApplyRunner* runner() const { return runner_; }
    ApplyLog* log() const { return log_; }
    LedgerTable* ledger() const { return ledger_; }
    DurationChart* chart() const { return chart_; }
    ScriptOperationList* operations() const { return operations_; }
    MigrationView* sqlView() const { return sqlView_; }
    QPushButton* applyButton() const { return applyButton_; }
    QPushButton* cancelButton() const { return cancelButton_; }
    // Shown after the Design page's spec was applied, when it is not current.yml: makes current.yml that spec.
    QPushButton* recordCurrentButton() const { return recordCurrent_; }
    void recordAsCurrent();
    QProgressBar* progress() const { return progress_; }
    // The confirmation while it is open, else null.
    BreakingConfirmation* confirmation() const { return confirmation_; }
    QString summaryText() const;
    QString outcomeText() const;
    QString statusText() const;

Q_SIGNALS:
    // The page shows what would run (or why nothing can) for the latest database and source.
    void previewed();
    // A run (or a refusal at the confirmation) ended and its outcome is on screen.
    void finished();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildHeader();
    QWidget* buildRunPanel();
    QWidget* buildHistory();
    void refreshSources();
    void refreshDatabase();
    ScriptInput scriptInput() const;
    void requestPreview();
    void showPreview(const ApplyPreview& preview);
    void start(bool allowBreaking);
    void showStatement(const StatementProgress& progress);
    void showResult(const ApplyRunResult& result);
    void showDeclined(int changes);
    void updateActions();

    Workspace& workspace_;
    LatestJobRunner* previews_;
    ApplyRunner* runner_;
    QLabel* database_;
    QPushButton* connectButton_;
    QComboBox* sourceBox_;
    QPushButton* applyButton_;
    QPushButton* cancelButton_;
    QLabel* summary_;
    ScriptOperationList* operations_;
    MigrationView* sqlView_;
    QWidget* runPanel_;
    QProgressBar* progress_;
    StatusLine* outcome_;
    QPushButton* recordCurrent_;
    ApplyLog* log_;
    LedgerTable* ledger_;
    DurationChart* chart_;
    StatusLine* status_;
    QPointer<BreakingConfirmation> confirmation_;

    ApplyPreview preview_;
    int statementsEnded_ = 0;
    // What the last run applied when its source was the Design page's spec: recorded as current.yml on request.
    std::shared_ptr<const SchemaModel> appliedModel_;
    QString appliedSpecPath_;
};

}  // namespace ss::ui
