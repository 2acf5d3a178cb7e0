#pragma once

#include "core/evolve/evolution_store.h"
#include "core/evolve/proposal.h"
#include "ui/shell/page.h"
#include "ui/widgets/latest_job_runner.h"

#include <atomic>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace ss::ui {

class CodeEditor;
class ProposalEvidence;
class ProposalList;
class ReviewHistory;
class ScriptOperationList;
class StatusLine;
class Workspace;

// The Proposals page: the database proposes its own evolution. Analyze reads the entities (the database's
// entities table, JSON files, or both) and stores proposals; each shows its rationale, its evidence (coverage
// bars, value distributions, examples), the SQL for the active database and the impact with risk badges. The
// reviewer approves (applied through the ledger, the new table filled), rejects with notes, or rolls back;
// the history and the registry of dynamic tables below. Analysis and reviews run on a worker with Cancel.
class ProposalsPage : public Page {
    Q_OBJECT

public:
    static constexpr FlowStage kStage = FlowStage::Proposals;

    explicit ProposalsPage(Workspace& workspace, QWidget* parent = nullptr);

    FlowStage stage() const override { return kStage; }
    QIcon icon() const override;
    bool isBusy() const override { return loader_.isRunning() || worker_.isRunning(); }

    void reload();
    void analyze();
    void addSampleEntities();
    void approveSelected();
    void rejectSelected();
    void rollbackSelected();
    void cancel();
    void setJsonFiles(const QStringList& files);

    ProposalList* list() const { return list_; }
    ProposalEvidence* evidence() const { return evidence_; }
    CodeEditor* sqlView() const { return sql_; }
    ScriptOperationList* impact() const { return impact_; }
    ReviewHistory* history() const { return history_; }
    QLineEdit* reviewer() const { return reviewer_; }
    QLineEdit* notes() const { return notes_; }
    QPushButton* approveButton() const { return approve_; }
    QPushButton* rejectButton() const { return reject_; }
    QPushButton* rollbackButton() const { return rollback_; }
    QComboBox* statusFilter() const { return filter_; }
    const std::vector<evolve::Proposal>& proposals() const { return proposals_; }
    QString statusText() const;

Q_SIGNALS:
    void loaded();
    void workFinished(bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct WorkResult;
    void run(const QString& what, std::function<WorkResult(const std::atomic<bool>& cancel)> work);
    void review(const QString& action);
    void showSelected();
    void updateButtons();
    void chooseFiles();

    Workspace& workspace_;
    QPushButton* analyze_;
    QPushButton* cancel_;
    QPushButton* sample_;
    QPushButton* files_;
    QLabel* filesLabel_;
    QLineEdit* entitiesTable_;
    QComboBox* filter_;
    ProposalList* list_;
    QLabel* title_;
    QLabel* rationale_;
    QTabWidget* tabs_;
    ProposalEvidence* evidence_;
    CodeEditor* sql_;
    ScriptOperationList* impact_;
    QLineEdit* reviewer_;
    QLineEdit* notes_;
    QPushButton* approve_;
    QPushButton* reject_;
    QPushButton* rollback_;
    ReviewHistory* history_;
    StatusLine* status_;
    LatestJobRunner loader_;
    LatestJobRunner worker_;
    std::shared_ptr<std::atomic<bool>> cancelFlag_;
    std::vector<evolve::Proposal> proposals_;
    QStringList jsonFiles_;
    QString loadedFor_;
};

}  // namespace ss::ui
