#pragma once

#include <QMainWindow>

#include <vector>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace ss::ui {

class DesignPage;
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

    // Asks Save / Discard / Cancel when the spec has unsaved changes; false means the user chose to stay.
    bool confirmDiscard();
    // Saves to the current file, or asks where when the spec is untitled; false when nothing was saved.
    bool save();
    bool saveAs();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildNavigator();
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
};

}  // namespace ss::ui
