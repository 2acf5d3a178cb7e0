// The Plan page's export: the migration file and its impact sidecar, written by the core's writer.
#include "ui/plan/plan_page.h"

#include "core/sql/migration_file.h"
#include "ui/shell/workspace.h"
#include "ui/widgets/painted_icon.h"
#include "ui/widgets/status_line.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace ss::ui {

QString PlanPage::suggestedExportPath() const
{
    const SpecSource target = targetSource();
    QString name = QStringLiteral("migration");
    if (target.kind == SpecSource::Kind::File) name = QFileInfo(target.path).completeBaseName();
    if (target.kind == SpecSource::Kind::DesignSpec && !workspace_.specPath().isEmpty()) {
        name = QFileInfo(workspace_.specPath()).completeBaseName();
    }
    const QString folder = workspace_.hasProject() ? QString::fromStdString(workspace_.project().migrationsDir())
                                                   : QDir::homePath();
    return QDir(folder).filePath(QString::fromStdString(migrationFileName(currentTimestampUtc(), name.toStdString())));
}

void PlanPage::chooseExportPath()
{
    const QString suggested = suggestedExportPath();
    QDir().mkpath(QFileInfo(suggested).absolutePath());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Migration"), suggested,
                                                      tr("SQL migrations (*.sql);;All files (*)"));
    if (path.isEmpty()) return;
    if (const QString error = exportMigration(path, withSidecar_->isChecked()); !error.isEmpty()) {
        status_->setMessage(error, errorIcon());
    }
}

QString PlanPage::exportMigration(const QString& path, bool withImpactSidecar)
{
    if (!plan_ || !sql_.migration) return tr("there is no plan to export");
    if (const std::string error = writeMigration(path.toStdString(), *plan_, *sql_.migration, withImpactSidecar,
                                                 currentTimestampUtc());
        !error.empty()) {
        return QString::fromStdString(error);
    }
    const QFileInfo file(path);
    const QString folder = QDir::toNativeSeparators(file.absolutePath());
    status_->setMessage(withImpactSidecar ? tr("Exported %1 and %1.impact.json to %2").arg(file.fileName(), folder)
                                : tr("Exported %1 to %2").arg(file.fileName(), folder),
              validIcon());
    return {};
}

}  // namespace ss::ui
