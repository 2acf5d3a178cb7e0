#include "ui/connection/connection_probe.h"

#include "core/db/server_version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ss::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ConnectionProbe", text);
}

ProbeResult failed(const QString& message)
{
    return {ProbeResult::Kind::Failed, message};
}

}  // namespace

ProbeResult probeDatabase(const ActiveDatabase& database)
{
    if (!database.isSet()) return failed(tr("No database given."));
    if (!database.error.isEmpty()) return failed(database.error);
    if (database.isMissingDatabaseFile()) {
        const QFileInfo file(QString::fromStdString(database.resolved.path));
        const QFileInfo folder(file.absolutePath());
        if (!folder.isDir()) {
            return failed(tr("%1: the folder %2 does not exist")
                              .arg(QDir::toNativeSeparators(file.filePath()), QDir::toNativeSeparators(folder.filePath())));
        }
        if (!folder.isWritable()) {
            return failed(tr("%1 does not exist and the folder %2 is not writable, so it cannot be created")
                              .arg(QDir::toNativeSeparators(file.filePath()), QDir::toNativeSeparators(folder.filePath())));
        }
        return {ProbeResult::Kind::NewSqliteFile,
                tr("%1 does not exist yet: the first apply creates it.").arg(QDir::toNativeSeparators(file.filePath()))};
    }
    DatabaseConnection connection;
    if (const std::string error = openActiveDatabase(connection, database, Access::Read); !error.empty()) {
        return failed(QString::fromStdString(error));
    }
    std::string version;
    if (const std::string error = serverVersion(connection, version); !error.empty()) {
        return failed(QString::fromStdString(error));
    }
    return {ProbeResult::Kind::Connected,
            tr("Connected to %1: %2.").arg(database.displayUrl(), QString::fromStdString(version))};
}

}  // namespace ss::ui
