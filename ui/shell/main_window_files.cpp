// The spec document's life cycle: projects, opening, saving and the prompt before losing changes.
#include "ui/shell/main_window.h"

#include "core/project/project_folder.h"
#include "ui/design/design_page.h"
#include "ui/shell/new_project_dialog.h"
#include "ui/shell/recent_files.h"
#include "ui/shell/settings_keys.h"
#include "ui/shell/workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>

namespace ss::ui {

namespace {

constexpr int kStatusMessageMs = 5000;
const char* const kSpecFilter = QT_TRANSLATE_NOOP("MainWindow", "YAML specs (*.yml *.yaml);;All files (*)");

// current.yml when the project has one, else its first spec, else nothing.
QString preferredSpec(const Project& project)
{
    const QString current = QString::fromStdString(project.currentSpecPath());
    if (QFileInfo::exists(current)) return current;
    const std::vector<std::string> specs = project.specPaths();
    return specs.empty() ? QString() : QString::fromStdString(specs.front());
}

}  // namespace

QString MainWindow::openProject(const QString& dir, const QString& spec)
{
    if (const QString error = workspace_->openProject(dir); !error.isEmpty()) return error;
    QSettings().setValue(QLatin1String(kLastProjectKey), QString::fromStdString(workspace_->project().dir));
    const QString target = spec.isEmpty() ? preferredSpec(workspace_->project()) : spec;
    if (target.isEmpty()) {
        design_->newSpec();
        return {};
    }
    return openSpec(target);
}

QString MainWindow::openSpec(const QString& path)
{
    if (const QString error = design_->openSpec(path); !error.isEmpty()) return error;
    addRecentFile(path);
    rebuildRecentMenu();
    QSettings().setValue(QLatin1String(kLastSpecKey), QFileInfo(path).absoluteFilePath());
    updateTitle();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), kStatusMessageMs);
    return {};
}

bool MainWindow::confirmDiscard()
{
    if (!design_->isModified()) return true;
    const QString path = workspace_->specPath();
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("%1 has changes that are not saved.").arg(path.isEmpty() ? tr("The untitled spec")
                                                                               : QFileInfo(path).fileName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Save them before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

bool MainWindow::save()
{
    const QString path = workspace_->specPath();
    if (path.isEmpty()) return saveAs();
    if (const QString error = design_->saveSpec(path); !error.isEmpty()) {
        showError(tr("Save Spec"), error);
        return false;
    }
    addRecentFile(path);
    rebuildRecentMenu();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), kStatusMessageMs);
    return true;
}

bool MainWindow::saveAs()
{
    QString start = workspace_->specPath();
    if (start.isEmpty() && workspace_->hasProject()) {
        start = QString::fromStdString(workspace_->project().currentSpecPath());
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save Spec As"), start, tr(kSpecFilter));
    if (path.isEmpty()) return false;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".yml");
    if (const QString error = design_->saveSpec(path); !error.isEmpty()) {
        showError(tr("Save Spec As"), error);
        return false;
    }
    addRecentFile(path);
    rebuildRecentMenu();
    QSettings().setValue(QLatin1String(kLastSpecKey), QFileInfo(path).absoluteFilePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), kStatusMessageMs);
    return true;
}

void MainWindow::newProject()
{
    NewProjectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || !confirmDiscard()) return;
    const QString dir = dialog.projectDir();
    if (const std::string error = createProject(dir.toStdString(), dialog.projectName().toStdString());
        !error.empty()) {
        showError(tr("New Project"), QString::fromStdString(error));
        return;
    }
    if (const QString error = openProject(dir); !error.isEmpty()) showError(tr("Open Project"), error);
    showDesignPage();
}

void MainWindow::chooseProject()
{
    const QString start = workspace_->hasProject() ? QString::fromStdString(workspace_->project().dir) : QDir::homePath();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Project"), start);
    if (dir.isEmpty() || !confirmDiscard()) return;
    if (const QString error = openProject(dir); !error.isEmpty()) showError(tr("Open Project"), error);
}

void MainWindow::chooseSpec()
{
    const QString start = workspace_->hasProject() ? QString::fromStdString(workspace_->project().specsDir) : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Spec"), start, tr(kSpecFilter));
    if (!path.isEmpty()) openUserChosenSpec(path);
}

void MainWindow::openUserChosenSpec(const QString& path)
{
    if (!confirmDiscard()) return;
    if (const QString error = openSpec(path); !error.isEmpty()) {
        showError(tr("Open Spec"), error);
        rebuildRecentMenu();
        return;
    }
    showDesignPage();
}

}  // namespace ss::ui
