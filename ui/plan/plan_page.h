#pragma once

#include "ui/plan/plan_job.h"
#include "ui/plan/spec_source_picker.h"
#include "ui/shell/page.h"

#include <QDateTime>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace ss::ui {

class LatestJobRunner;
class MigrationView;
class OperationList;
class SpecDiffView;
class StatusLine;
class Workspace;

// The Plan page: what turning the current schema into the target takes. Both sides are picked from the
// Design page's spec (followed as it is edited), the project's spec files, any other file or the empty schema;
// the page shows the canonical specs side by side with the changes shaded, the ordered operations with their
// risk and reasons, and the migration's SQL in the chosen dialect, and exports the migration and its impact
// report. Planning runs on a worker thread with the same core calls as `dbx plan`.
class PlanPage : public Page {
    Q_OBJECT

public:
    static constexpr FlowStage kStage = FlowStage::Plan;

    explicit PlanPage(Workspace& workspace, QWidget* parent = nullptr);
    ~PlanPage() override;

    FlowStage stage() const override { return kStage; }
    QIcon icon() const override;
    bool isBusy() const override;

    SpecSource currentSource() const;
    SpecSource targetSource() const;
    void setSources(const SpecSource& current, const SpecSource& target);
    Dialect dialect() const;
    void setDialect(Dialect dialect);

    // The plan on screen and its SQL; null while there is none (nothing planned yet, or a side has errors).
    std::shared_ptr<const Plan> plan() const { return plan_; }
    const RenderedSql& sql() const { return sql_; }

    OperationList* operations() const { return operations_; }
    SpecSourcePicker* currentPicker() const { return currentPicker_; }
    MigrationView* sqlView() const { return sqlView_; }
    SpecDiffView* diffView() const { return diffView_; }
    // What the plan changes ("2 tables added, …"), and its operations counted by risk ("Operations (3): …").
    QString summaryText() const;
    QString riskText() const;
    QString statusText() const;
    QString detailText() const;

    // Where Export suggests writing: the project's migrations/ folder, a name from the time and the target.
    QString suggestedExportPath() const;
    // Writes the migration on screen, and its impact sidecar when asked, atomically through the core's writer.
    // Returns an error, or empty; the status line names the files written.
    QString exportMigration(const QString& path, bool withImpactSidecar);

    // Either side is the live database.
    bool plansLiveDatabase() const;

Q_SIGNALS:
    // The page shows the plan (or why there is none) for the latest sources and dialect.
    void planned();
    // The user asked to write the live schema to a spec file (the main window's Database › Inspect…).
    void inspectRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct CachedSpec {
        QDateTime modified;
        qint64 size = -1;
        std::shared_ptr<const SchemaModel> model;
    };

    QWidget* buildHeader();
    void refreshSources(const SpecSource& current, const SpecSource& target);
    void resetToProject();
    void replan();
    void rerender();
    void showOutcome(const PlanOutcome& outcome);
    void showSql(const RenderedSql& sql);
    void showNoPlan(const QString& why);
    void showDetail(int operation);
    void remember(const SpecSource& source, const std::shared_ptr<const SchemaModel>& model);
    PlanSide sideFor(const SpecSource& source) const;
    QString nameOf(const SpecSource& source) const;
    void chooseExportPath();
    void updateActions();

    Workspace& workspace_;
    LatestJobRunner* jobs_;
    SpecSourcePicker* currentPicker_;
    SpecSourcePicker* targetPicker_;
    QComboBox* dialectBox_;
    QCheckBox* withSidecar_;
    QPushButton* exportButton_;
    QPushButton* inspectButton_;
    QLabel* summary_;
    QLabel* operationsTitle_;
    QLabel* sqlTitle_;
    OperationList* operations_;
    QLabel* detail_;
    MigrationView* sqlView_;
    SpecDiffView* diffView_;
    StatusLine* status_;

    std::shared_ptr<const Plan> plan_;
    RenderedSql sql_;
    SpecSource plannedCurrent_;  // the sources of the latest request, whose outcome the page waits for
    SpecSource plannedTarget_;
    QHash<QString, CachedSpec> cache_;
    bool stale_ = true;  // the inputs changed while the page was hidden
};

}  // namespace ss::ui
