#include "ui/shell/startup.h"

#include "core/project/project_copy.h"
#include "core/project/project_folder.h"
#include "ui/shell/main_window.h"
#include "ui/shell/settings_keys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace ss::ui {

namespace {

const char* const kDemoStartSpec = "schema_specs/loan_risk.yml";

// The folder holding dbx.yml above a spec (the spec's folder or its parent, as in DIR/schema_specs/x.yml),
// else the spec's own folder.
QString projectDirOf(const QString& specFile)
{
    QDir dir = QFileInfo(specFile).absoluteDir();
    for (int up = 0; up < 2; ++up) {
        if (dir.exists(QLatin1String(kProjectFileName))) return dir.absolutePath();
        if (!dir.cdUp()) break;
    }
    return QFileInfo(specFile).absolutePath();
}

}  // namespace

QString demoProjectDir()
{
    // An installed program's own share/ first, so that a build tree left on the machine never stands in for it.
    const QStringList candidates = {
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/schema-studio/demo"),
        QStringLiteral(SS_SOURCE_DIR),
        QStringLiteral(SS_INSTALL_DATADIR "/demo"),
    };
    for (const QString& dir : candidates) {
        if (QFileInfo::exists(dir + QLatin1Char('/') + QLatin1String(kDemoStartSpec))) return QDir(dir).absolutePath();
    }
    return {};
}

QString demoStartSpec()
{
    return QLatin1String(kDemoStartSpec);
}

QString userDemoCopyDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo");
}

QString openDemoProject(MainWindow& window, const QString& demoDir)
{
    if (demoDir.isEmpty()) {
        return QCoreApplication::translate("Startup", "the bundled demo project is missing: neither %1 nor the "
                                                      "installed share/schema-studio/demo holds %2")
            .arg(QStringLiteral(SS_SOURCE_DIR), QLatin1String(kDemoStartSpec));
    }
    QString dir = demoDir;
    QString note;
    if (QDir(dir) != QDir(QStringLiteral(SS_SOURCE_DIR))) {
        // An installed demo is never written to, whoever runs the program: Apply and Seed work on a copy.
        const QString copy = userDemoCopyDir();
        if (!QFileInfo::exists(copy + QLatin1Char('/') + QLatin1String(kProjectFileName))) {
            if (const std::string error = copyProjectFiles(dir.toStdString(), copy.toStdString()); !error.empty())
                return QString::fromStdString(error);
        }
        note = QCoreApplication::translate("Startup", "The installed demo is read-only: working on your copy in %1")
                   .arg(QDir::toNativeSeparators(copy));
        dir = copy;
    }
    if (QString error = window.openProject(dir, dir + QLatin1Char('/') + QLatin1String(kDemoStartSpec)); !error.isEmpty())
        return error;
    if (!note.isEmpty()) window.statusBar()->showMessage(note);
    return {};
}

QString openStartupDocuments(MainWindow& window, const QString& projectDir, const QString& specFile)
{
    if (!projectDir.isEmpty()) return window.openProject(projectDir, specFile);
    if (!specFile.isEmpty()) return window.openProject(projectDirOf(specFile), specFile);

    const QSettings settings;
    const QString lastProject = settings.value(QLatin1String(kLastProjectKey)).toString();
    QString lastSpec = settings.value(QLatin1String(kLastSpecKey)).toString();
    if (!lastProject.isEmpty() && QFileInfo(lastProject).isDir()) {
        if (!QFileInfo::exists(lastSpec)) lastSpec.clear();
        if (window.openProject(lastProject, lastSpec).isEmpty()) return {};
    }
    return openDemoProject(window);
}

void keepSettingsIn(const QString& dir)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
}

}  // namespace ss::ui
