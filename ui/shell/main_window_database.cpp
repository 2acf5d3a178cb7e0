// The Database menu: the active database, inspection into a spec, drift.
#include "ui/shell/main_window.h"

#include "core/db/inspect/inspector.h"
#include "core/db/snapshot_cache.h"
#include "core/spec/spec_check.h"
#include "core/spec/yaml_writer.h"
#include "ui/connection/choose_database.h"
#include "ui/plan/plan_page.h"
#include "ui/shell/drift_monitor.h"
#include "ui/shell/workspace.h"
#include "ui/widgets/latest_job_runner.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace ss::ui {

namespace {

constexpr int kStatusMessageMs = 5000;

// Runs on a worker: inspects the database, with the PostgreSQL schemas the project's current spec names
// (`currentSpec`, when there is one), and writes its canonical YAML atomically. Returns the error, or empty.
QString writeInspectedSpec(const ActiveDatabase& database, const QString& path, const QString& currentSpec)
{
    DatabaseConnection connection;
    if (const std::string error = openActiveDatabase(connection, database, Access::Read); !error.empty()) {
        return QString::fromStdString(error);
    }
    InspectOptions inspect;
    inspect.cache = &sessionSnapshotCache();
    if (!currentSpec.isEmpty() && QFileInfo::exists(currentSpec))
        inspect.schemas = schemasOf(checkSpecFile(currentSpec.toStdString()).model);
    const InspectResult result = inspectDatabase(connection, inspect);
    if (!result.ok()) return QString::fromStdString(result.error);
    return QString::fromStdString(saveSchemaFile(path.toStdString(), result.model));
}

}  // namespace

void MainWindow::buildDatabaseMenu()
{
    QMenu* menu = menuBar()->addMenu(tr("&Database"));
    menu->addAction(tr("&Connect…"), QKeySequence(tr("Ctrl+Shift+D")), this, &MainWindow::connectDatabase);
    QAction* inspect = menu->addAction(tr("&Inspect to YAML…"), QKeySequence(tr("Ctrl+Shift+I")), this, &MainWindow::inspectToYaml);
    QAction* drift = menu->addAction(tr("Check for &Drift"), this, [this] { drift_->check(); });
    drift->setStatusTip(tr("Compare the active database with the project's current.yml"));
    const auto update = [this, inspect, drift] {
        const bool usable = workspace_->activeDatabase().isUsable();
        inspect->setEnabled(usable);
        drift->setEnabled(usable);
    };
    connect(workspace_, &Workspace::activeDatabaseChanged, this, update);
    update();
    for (Page* page : pages_) {
        if (auto* plan = qobject_cast<PlanPage*>(page)) connect(plan, &PlanPage::inspectRequested, this, &MainWindow::inspectToYaml);
    }
}

void MainWindow::connectDatabase()
{
    chooseDatabase(*workspace_, this);
}

void MainWindow::inspectToYaml()
{
    if (!workspace_->activeDatabase().isUsable() || !confirmDiscard()) return;
    const QString folder = workspace_->hasProject() ? QString::fromStdString(workspace_->project().specsDir) : QDir::homePath();
    QString path = QFileDialog::getSaveFileName(this, tr("Write the Live Schema to"), QDir(folder).filePath(QStringLiteral("inspected.yml")),
                                                tr("YAML specs (*.yml *.yaml)"));
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".yml");
    inspectToFile(path);
}

void MainWindow::inspectToFile(const QString& path)
{
    const ActiveDatabase database = workspace_->activeDatabase();
    const QString currentSpec = workspace_->hasProject() ? QString::fromStdString(workspace_->project().currentSpecPath()) : QString();
    statusBar()->showMessage(tr("Inspecting %1…").arg(database.displayUrl()));
    databaseJobs_->request([database, path, currentSpec] { return writeInspectedSpec(database, path, currentSpec); },
                           [this, path](const QString& error) {
                               QString failure = error;
                               if (failure.isEmpty()) failure = openSpec(path);
                               if (failure.isEmpty()) {
                                   showDesignPage();
                                   statusBar()->showMessage(tr("Wrote the live schema to %1").arg(QDir::toNativeSeparators(path)),
                                                            kStatusMessageMs);
                               } else {
                                   statusBar()->clearMessage();
                                   showError(tr("Inspect to YAML"), failure);
                               }
                               Q_EMIT inspected(path, failure);
                           });
}

void MainWindow::reviewDrift()
{
    if (!workspace_->hasProject()) return;
    for (int i = 0; i < static_cast<int>(pages_.size()); ++i) {
        auto* plan = qobject_cast<PlanPage*>(pages_[static_cast<std::size_t>(i)]);
        if (!plan) continue;
        plan->setSources({SpecSource::Kind::LiveDatabase, {}},
                         {SpecSource::Kind::File, QString::fromStdString(workspace_->project().currentSpecPath())});
        showPage(i);
        return;
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    // Back from another program, which may have changed the database.
    if (event->type() == QEvent::ActivationChange && isActiveWindow()) drift_->check();
}

}  // namespace ss::ui
