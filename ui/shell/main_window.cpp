#include "ui/shell/main_window.h"

#include "ui/design/design_page.h"
#include "ui/shell/drift_banner.h"
#include "ui/shell/drift_monitor.h"
#include "ui/shell/page_registry.h"
#include "ui/shell/recent_files.h"
#include "ui/shell/theme.h"
#include "ui/shell/workspace.h"
#include "ui/widgets/code_editor.h"
#include "ui/widgets/latest_job_runner.h"
#include "ui/widgets/painted_icon.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

const char* const kGeometryKey = "window/geometry";
const char* const kStateKey = "window/state";
const char* const kLastPageKey = "window/page";

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      workspace_(new Workspace(this)),
      navigator_(new QListWidget(this)),
      stack_(new QStackedWidget(this)),
      projectStatus_(new QLabel(this)),
      drift_(new DriftMonitor(*workspace_, this)),
      driftBanner_(new DriftBanner(this)),
      databaseJobs_(new LatestJobRunner(QStringLiteral("inspection"), this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(appIcon());
    for (const PageEntry& entry : pageRegistry()) {
        Page* page = entry.create(*workspace_);
        pages_.push_back(page);
        stack_->addWidget(page);
        if (auto* design = qobject_cast<DesignPage*>(page)) design_ = design;
    }
    Q_ASSERT(design_);  // the Design page edits the spec every other page reads

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(navigator_);
    auto* pagesColumn = new QVBoxLayout;
    pagesColumn->setContentsMargins(0, 0, 0, 0);
    pagesColumn->setSpacing(0);
    pagesColumn->addWidget(driftBanner_);
    pagesColumn->addWidget(stack_, 1);
    layout->addLayout(pagesColumn, 1);
    setCentralWidget(central);

    buildNavigator();
    buildMenus();
    statusBar()->addPermanentWidget(projectStatus_);

    connect(design_, &DesignPage::modifiedChanged, this, &MainWindow::setWindowModified);
    connect(design_, &DesignPage::specChosen, this, &MainWindow::openUserChosenSpec);
    connect(workspace_, &Workspace::specPathChanged, this, &MainWindow::updateTitle);
    connect(workspace_, &Workspace::projectChanged, this, &MainWindow::updateProjectStatus);
    connect(workspace_, &Workspace::projectChanged, this, &MainWindow::updateTitle);
    connect(workspace_, &Workspace::activeDatabaseChanged, this, &MainWindow::updateProjectStatus);
    connect(drift_, &DriftMonitor::checked, driftBanner_, &DriftBanner::show);
    connect(driftBanner_, &DriftBanner::reviewRequested, this, &MainWindow::reviewDrift);
    // Saving current.yml changes what the database is compared with.
    connect(design_, &DesignPage::modifiedChanged, drift_, [this](bool modified) {
        if (!modified) drift_->check();
    });

    resize(1280, 800);
    restoreSettings();
    updateTitle();
    updateProjectStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigator()
{
    navigator_->setObjectName(QStringLiteral("FlowNavigator"));
    navigator_->setIconSize(QSize(24, 24));
    navigator_->setSpacing(2);
    navigator_->setFrameShape(QFrame::NoFrame);
    navigator_->setFocusPolicy(Qt::TabFocus);
    QFont font = navigator_->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    navigator_->setFont(font);
    navigator_->setBackgroundRole(QPalette::Window);
    for (const Page* page : pages_) {
        auto* item = new QListWidgetItem(page->icon(), page->title(), navigator_);
        item->setToolTip(tr("%1 (%2)").arg(page->title(), page->shortcut().toString(QKeySequence::NativeText)));
        item->setSizeHint(QSize(0, 44));
    }
    navigator_->setFixedWidth(176);
    connect(navigator_, &QListWidget::currentRowChanged, stack_, &QStackedWidget::setCurrentIndex);
    navigator_->setCurrentRow(0);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), QKeySequence(tr("Ctrl+Shift+N")), this, &MainWindow::newProject);
    file->addAction(tr("Open &Project…"), QKeySequence(tr("Ctrl+Shift+O")), this, &MainWindow::chooseProject);
    file->addSeparator();
    file->addAction(tr("New S&pec"), QKeySequence::New, this, [this] {
        if (!confirmDiscard()) return;
        design_->newSpec();
        showDesignPage();
    });
    file->addAction(tr("&Open Spec…"), QKeySequence::Open, this, &MainWindow::chooseSpec);
    recentMenu_ = file->addMenu(tr("&Recent Files"));
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(tr("&Save Spec"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save Spec &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Undo"), QKeySequence::Undo, design_->editor(), &QsciScintilla::undo);
    edit->addAction(tr("&Redo"), QKeySequence::Redo, design_->editor(), &QsciScintilla::redo);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < static_cast<int>(pages_.size()); ++i) {
        view->addAction(pages_[i]->icon(), pages_[i]->title(), pages_[i]->shortcut(), this, [this, i] { showPage(i); });
    }
    view->addSeparator();
    QAction* dark = view->addAction(tr("&Dark Theme"));
    dark->setCheckable(true);
    dark->setChecked(currentTheme() == Theme::Dark);
    connect(dark, &QAction::toggled, this, [](bool on) {
        applyTheme(on ? Theme::Dark : Theme::Light);
        saveTheme(on ? Theme::Dark : Theme::Light);
    });

    buildDatabaseMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Schema Studio"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showPage(int index)
{
    navigator_->setCurrentRow(index);
}

void MainWindow::showDesignPage()
{
    showPage(stack_->indexOf(design_));
}

int MainWindow::currentPageIndex() const
{
    return stack_->currentIndex();
}

void MainWindow::updateTitle()
{
    const QString path = workspace_->specPath();
    const QString document = path.isEmpty() ? tr("untitled") : QFileInfo(path).fileName();
    QString title = document + QStringLiteral("[*]");
    if (workspace_->hasProject()) title += QStringLiteral(" — ") + QString::fromStdString(workspace_->project().name);
    setWindowTitle(title + QStringLiteral(" — Schema Studio"));
    setWindowModified(design_->isModified());
}

void MainWindow::updateProjectStatus()
{
    if (!workspace_->hasProject()) {
        projectStatus_->setText(tr("No project"));
        return;
    }
    const Project& project = workspace_->project();
    const ActiveDatabase& database = workspace_->activeDatabase();
    projectStatus_->setText(tr("Project %1 · %2 · database %3")
                                .arg(QString::fromStdString(project.name), QString::fromStdString(project.dialect),
                                     database.isSet() ? database.label() : tr("none")));
    projectStatus_->setToolTip(QDir::toNativeSeparators(QString::fromStdString(project.dir)) + QStringLiteral("\n") +
                               database.displayUrl());
}

void MainWindow::rebuildRecentMenu()
{
    recentMenu_->clear();
    const QStringList files = recentFiles();
    for (const QString& path : files) {
        QAction* action = recentMenu_->addAction(QFileInfo(path).fileName(), this,
                                                 [this, path] { openUserChosenSpec(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    recentMenu_->addSeparator();
    QAction* clear = recentMenu_->addAction(tr("Clear List"), this, [this] {
        clearRecentFiles();
        rebuildRecentMenu();
    });
    clear->setEnabled(!files.isEmpty());
}

void MainWindow::showError(const QString& title, const QString& message)
{
    QMessageBox::warning(this, title, message);
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About Schema Studio"));
    box.setIconPixmap(appIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Schema Studio %1</h3>"
                   "<p>Design a schema in YAML, plan and apply its migrations, seed it with realistic data, "
                   "draw it and explore it — from one desktop application, with <code>dbx</code> doing the same "
                   "from the command line.</p><p>Built with Qt %2 and QScintilla.</p>")
                    .arg(QStringLiteral(SS_VERSION), QLatin1String(qVersion())));
    box.exec();
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray());
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
    const int page = settings.value(QLatin1String(kLastPageKey), 0).toInt();
    if (page >= 0 && page < static_cast<int>(pages_.size())) showPage(page);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    settings.setValue(QLatin1String(kLastPageKey), currentPageIndex());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!confirmDiscard()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

}  // namespace ss::ui
