#pragma once

#include <QMainWindow>

#include <vector>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace ss::ui {

class DesignPage;
class DriftBanner;
class DriftMonitor;
class LatestJobRunner;
class Page;
class Workspace;

// The main window: the flow navigator on the left, the pages in a stack, menus and a status bar. It owns the
// spec document's life cycle (new, open, save, the prompt before losing changes); the Design page edits it.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Workspace& workspace() const { return *workspace_; }
    const std::vector<Page*>& pages() const { return pages_; }
    DesignPage* designPage() const { return design_; }
    QListWidget* navigator() const { return navigator_; }

    void showPage(int index);
    void showDesignPage();
    int currentPageIndex() const;

    // Open a project folder and its preferred spec (the given one, else current.yml, else the first spec).
    // Return an error message, or empty. They do not prompt about unsaved changes: callers ask first.
    QString openProject(const QString& dir, const QString& spec = {});
    QString openSpec(const QString& path);

    // Database menu: choose the active database; write its schema to a spec (asking where, by default
    // inspected.yml among the project's specs) and open that in the Design page; open the Plan page on how the
    // database drifted from current.yml.
    void connectDatabase();
    void inspectToYaml();
    // Inspects on a worker and writes `path` atomically; `inspected` tells when it is done. Does not prompt.
    void inspectToFile(const QString& path);
    void reviewDrift();
    DriftBanner* driftBanner() const { return driftBanner_; }
    DriftMonitor* driftMonitor() const { return drift_; }

    // Asks Save / Discard / Cancel when the spec has unsaved changes; false means the user chose to stay.
    bool confirmDiscard();
    // Saves to the current file, or asks where when the spec is untitled; false when nothing was saved.
    bool save();
    bool saveAs();

Q_SIGNALS:
    // An inspection asked for by inspectToFile() ended: the spec it wrote is open, or `error` says why not.
    void inspected(const QString& path, const QString& error);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void buildNavigator();
    void buildDatabaseMenu();
    void updateTitle();
    void updateProjectStatus();
    void rebuildRecentMenu();
    void newProject();
    void chooseProject();
    void chooseSpec();
    void openUserChosenSpec(const QString& path);
    void showError(const QString& title, const QString& message);
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    Workspace* workspace_;
    std::vector<Page*> pages_;
    DesignPage* design_ = nullptr;
    QListWidget* navigator_;
    QStackedWidget* stack_;
    QLabel* projectStatus_;
    QMenu* recentMenu_ = nullptr;
    DriftMonitor* drift_;
    DriftBanner* driftBanner_;
    LatestJobRunner* databaseJobs_;
};

}  // namespace ss::ui
