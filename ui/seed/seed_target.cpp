#include "ui/seed/seed_target.h"

#include "core/db/project_database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ss::ui {

SeedTarget seedTargetFor(const Project& project)
{
    SeedTarget target;
    const QString dir = QString::fromStdString(project.dir);
    if (QFileInfo::exists(QDir(dir).filePath(QString::fromLatin1(kProjectFileName)))) {
        const UrlParseResult parsed = resolveDatabase(project.defaultEnvironment, project.dir);
        if (!parsed.ok()) {
            target.error = QString::fromStdString(parsed.error);
            return target;
        }
        target.url = parsed.url.display();
        target.display = QString::fromStdString(target.url);
        target.sqlite = parsed.url.dialect == Dialect::Sqlite;
        target.note = QCoreApplication::translate("SeedTarget", "environment %1 of %2")
                          .arg(QString::fromStdString(project.defaultEnvironment), QString::fromLatin1(kProjectFileName));
        return target;
    }
    // The folder may be read-only (an installed demo): its database lives with the user's data instead, one file
    // per folder so two folders of the same name do not share one.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(dir.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    const QString file = QDir(base).filePath(QStringLiteral("databases/%1-%2.sqlite").arg(QFileInfo(dir).fileName(), hash));
    target.url = "sqlite://" + file.toStdString();
    target.display = QDir::toNativeSeparators(file);
    target.sqlite = true;
    target.note = QCoreApplication::translate("SeedTarget", "%1 has no %2: seeding a SQLite file in your user data folder")
                      .arg(QDir::toNativeSeparators(dir), QString::fromLatin1(kProjectFileName));
    return target;
}

}  // namespace ss::ui
