#pragma once

#include "ui/seed/seed_runner.h"
#include "ui/shell/active_database.h"
#include "ui/shell/page.h"

#include "core/seed/seed_profile.h"

#include <QTimer>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace ss::ui {

class CodeEditor;
class ProblemsView;
class ProfileForm;
class ProgressPanel;
class ResultCharts;
class LatestJobRunner;
class Workspace;
struct ProfileCheck;

// The Seed page: a seeding profile as YAML (checked against the spec while typing) and as a form of row counts and
// generators; a run into the project's default database on a worker thread with a progress bar per table and
// Cancel; then charts and the report of what was generated.
class SeedPage : public Page {
    Q_OBJECT

public:
    static constexpr FlowStage kStage = FlowStage::Seed;
    static constexpr int kValidationDelayMs = 300;

    explicit SeedPage(Workspace& workspace, QWidget* parent = nullptr);
    ~SeedPage() override;

    FlowStage stage() const override { return kStage; }
    QIcon icon() const override;
    bool isBusy() const override;

    // Starts a run; false when there is nothing valid to seed or a run is going.
    bool startSeeding();
    void cancelSeeding();
    // Writes the profile text atomically to `path` (its profile file when empty). Returns an error, or empty.
    QString saveProfile(const QString& path = {});

    // The workspace's active database: what the page seeds.
    const ActiveDatabase& database() const;
    CodeEditor* editor() const { return editor_; }
    ProfileForm* form() const { return form_; }
    ProgressPanel* progressPanel() const { return progress_; }
    ResultCharts* charts() const { return charts_; }
    QPushButton* seedButton() const { return seedButton_; }
    QPushButton* cancelButton() const { return cancelButton_; }
    QCheckBox* replaceRows() const { return replace_; }
    QString statusText() const;
    QString schemaText() const;

Q_SIGNALS:
    // A run ended (finished, cancelled or failed): its outcome is on screen.
    void seedingFinished();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refreshProject();
    void refreshDatabase();
    void chooseProfile(int index);
    void scheduleValidation();
    void startValidation();
    void showCheck(const ProfileCheck& check);
    void applyEdit(const std::function<void(seed::SeedProfile&)>& edit);
    void probe(bool withInsights);
    void showOutcome(const SeedJobOutcome& outcome);
    void showPresence(const SeedJobOutcome& outcome);
    void updateBusy();
    void updateButtons();

    Workspace& workspace_;
    QComboBox* profileList_;
    QPushButton* saveButton_;
    QDoubleSpinBox* scale_;
    QCheckBox* createSchema_;
    QCheckBox* replace_;
    QPushButton* seedButton_;
    QPushButton* cancelButton_;
    QLabel* targetLabel_;
    QLabel* schemaLabel_;
    QTabWidget* profileTabs_;
    ProfileForm* form_;
    CodeEditor* editor_;
    ProblemsView* problems_;
    QLabel* status_;
    ProgressPanel* progress_;
    ResultCharts* charts_;
    LatestJobRunner* checker_;  // reads and plans the profile text off the UI thread
    SeedRunner* runner_;
    QTimer debounce_;
    QString profilePath_;                       // the file the editor shows; empty for the inferred profile
    std::optional<seed::SeedProfile> profile_;  // the editor's text, as last read without errors
    std::shared_ptr<const seed::SeedPlan> plan_;
    bool fillInferred_ = false;                 // the editor waits for the inferred profile's text
    bool shownOnce_ = false;       // the database is first read when the page is first shown
    bool insightsLoaded_ = false;  // charts of what the database held have been asked for once
    bool busy_ = false;
};

}  // namespace ss::ui
