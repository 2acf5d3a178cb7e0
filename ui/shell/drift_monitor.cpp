#include "ui/shell/drift_monitor.h"

#include "core/db/apply/drift.h"
#include "core/db/snapshot_cache.h"
#include "core/spec/spec_check.h"
#include "ui/shell/workspace.h"
#include "ui/widgets/latest_job_runner.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ss::ui {

DriftCheck checkDrift(const ActiveDatabase& database, const QString& specPath)
{
    DriftCheck out;
    out.specPath = specPath;
    if (!database.isUsable() || database.isMissingDatabaseFile() || !QFileInfo::exists(specPath)) return out;
    out.checked = true;
    const LoadResult spec = checkSpecFile(specPath.toStdString());
    if (hasErrors(spec.diagnostics)) {
        out.error = QCoreApplication::translate("DriftMonitor", "%1 has errors: fix them to compare it with the database")
                        .arg(QFileInfo(specPath).fileName());
        return out;
    }
    DatabaseConnection connection;
    if (const std::string error = openActiveDatabase(connection, database, Access::Read); !error.empty()) {
        out.error = QString::fromStdString(error);
        return out;
    }
    const DriftReport report = detectDrift(connection, spec.model, &sessionSnapshotCache());
    if (!report.ok()) {
        out.error = QString::fromStdString(report.error);
        return out;
    }
    out.differences = static_cast<int>(report.plan.operations.size());
    return out;
}

DriftMonitor::DriftMonitor(Workspace& workspace, QObject* parent)
    : QObject(parent), workspace_(workspace), jobs_(new LatestJobRunner(QStringLiteral("drift check"), this))
{
    connect(&workspace_, &Workspace::activeDatabaseChanged, this, &DriftMonitor::check);
    connect(&workspace_, &Workspace::liveSchemaChanged, this, &DriftMonitor::check);
    connect(&workspace_, &Workspace::currentSpecChanged, this, &DriftMonitor::check);
}

DriftMonitor::~DriftMonitor() = default;

void DriftMonitor::check()
{
    if (!workspace_.hasProject()) return;
    const QString spec = QString::fromStdString(workspace_.project().currentSpecPath());
    jobs_->request([database = workspace_.activeDatabase(), spec] { return checkDrift(database, spec); },
                   [this](const DriftCheck& result) {
                       latest_ = result;
                       Q_EMIT checked(result);
                   });
}

bool DriftMonitor::isChecking() const
{
    return jobs_->isRunning();
}

}  // namespace ss::ui
