#include "ui/shell/active_database.h"

#include "core/db/snapshot_cache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace ss::ui {

namespace {

const char* const kUrlPrefix = "url:";

// One key per project folder; hashed because QSettings reads slashes in keys as groups.
QString settingsKey(const Project& project)
{
    const QByteArray hash = QCryptographicHash::hash(QByteArray::fromStdString(project.dir), QCryptographicHash::Sha1);
    return QStringLiteral("activeDatabase/") + QString::fromLatin1(hash.toHex().left(16));
}

}  // namespace

QString ActiveDatabase::displayUrl() const
{
    if (!error.isEmpty()) return QString::fromStdString(redactedUrl(url.toStdString()));
    return QString::fromStdString(resolved.display());
}

QString ActiveDatabase::label() const
{
    if (environment.isEmpty()) return displayUrl();
    return QStringLiteral("%1 (%2)").arg(environment, QString::fromStdString(redactedUrl(url.toStdString())));
}

QString ActiveDatabase::databaseName() const
{
    if (!isUsable()) return {};
    if (!resolved.path.empty()) return QFileInfo(QString::fromStdString(resolved.path)).fileName();
    return QString::fromStdString(resolved.database);
}

bool ActiveDatabase::isMissingDatabaseFile() const
{
    return isUsable() && !resolved.path.empty() && !QFileInfo::exists(QString::fromStdString(resolved.path));
}

QString fileUrlOf(const QString& path, Dialect dialect)
{
    QString escaped = path;
    escaped.replace(QLatin1Char('%'), QLatin1String("%25")).replace(QLatin1Char('?'), QLatin1String("%3F"));
    const QString scheme = QString::fromLatin1(toString(dialect));
    return QDir::isRelativePath(path) ? scheme + QStringLiteral(":") + escaped : scheme + QStringLiteral("://") + escaped;
}

ActiveDatabase activeDatabaseFor(const Project& project, const QString& environment, const QString& url)
{
    ActiveDatabase database;
    database.environment = environment;
    database.url = url;
    if (url.isEmpty()) return database;
    const UrlParseResult parsed = parseConnectionUrl(url.toStdString(), project.dir);
    if (parsed.ok()) {
        database.resolved = parsed.url;
    } else {
        database.error = QString::fromStdString(parsed.error);
    }
    return database;
}

ActiveDatabase defaultActiveDatabase(const Project& project)
{
    const QString dir = QString::fromStdString(project.dir);
    if (!QFileInfo::exists(QDir(dir).filePath(QString::fromLatin1(kProjectFileName)))) {
        // Hashed, so that two folders of the same name do not share one database.
        const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(dir.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
        const QString file = QDir(base).filePath(QStringLiteral("databases/%1-%2.sqlite").arg(QFileInfo(dir).fileName(), hash));
        ActiveDatabase database = activeDatabaseFor(project, {}, fileUrlOf(file));
        database.note = QCoreApplication::translate("ActiveDatabase", "%1 has no %2: a SQLite file in your user data folder")
                            .arg(QDir::toNativeSeparators(dir), QString::fromLatin1(kProjectFileName));
        return database;
    }
    const auto it = project.environments.find(project.defaultEnvironment);
    if (it == project.environments.end()) return {};
    return activeDatabaseFor(project, QString::fromStdString(it->first), QString::fromStdString(it->second));
}

ActiveDatabase rememberedDatabase(const Project& project)
{
    const QString saved = QSettings().value(settingsKey(project)).toString();
    if (saved.startsWith(QLatin1String(kUrlPrefix))) {
        return activeDatabaseFor(project, {}, saved.mid(static_cast<int>(qstrlen(kUrlPrefix))));
    }
    const auto it = project.environments.find(saved.toStdString());
    if (saved.isEmpty() || it == project.environments.end()) return defaultActiveDatabase(project);
    return activeDatabaseFor(project, saved, QString::fromStdString(it->second));
}

void rememberDatabase(const Project& project, const ActiveDatabase& database)
{
    QSettings settings;
    if (!database.isSet()) {
        settings.remove(settingsKey(project));
    } else if (database.environment.isEmpty()) {
        settings.setValue(settingsKey(project), QLatin1String(kUrlPrefix) + database.url);
    } else {
        settings.setValue(settingsKey(project), database.environment);
    }
}

std::string openActiveDatabase(DatabaseConnection& connection, const ActiveDatabase& database, Access access)
{
    OpenOptions options;
    options.readOnly = access == Access::Read;
    options.createFile = access == Access::Write;
    if (!database.isSet()) return "no database is chosen: pick one with Database › Connect…";
    if (!database.error.isEmpty()) return database.error.toStdString();
    if (database.sessionPassword) options.password = database.sessionPassword;
    return connection.open(database.resolved, options);
}

SnapshotCache& sessionSnapshotCache()
{
    static SnapshotCache cache;
    return cache;
}

}  // namespace ss::ui
