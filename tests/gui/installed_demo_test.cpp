#include "gui/gui_test_support.h"

#include "core/project/project_copy.h"
#include "ui/shell/main_window.h"
#include "ui/shell/startup.h"
#include "ui/shell/workspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace ss;
using namespace ss::test;

TEST_CASE("an installed demo is copied to the user's data folder on first run and the copy is opened", "[gui][demo]")
{
    isolateSettings();
    QStandardPaths::setTestModeEnabled(true);
    QDir(ui::userDemoCopyDir()).removeRecursively();

    // An installed demo: the bundled project's files somewhere other than the build tree, read-only.
    QTemporaryDir share;
    const QString installed = share.filePath(QStringLiteral("demo"));
    REQUIRE(copyProjectFiles(ui::demoProjectDir().toStdString(), installed.toStdString()).empty());
    const QString installedSpec = installed + QStringLiteral("/schema_specs/loan_risk.yml");
    QFile::setPermissions(installedSpec, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);

    ui::MainWindow window;
    REQUIRE(ui::openDemoProject(window, installed).isEmpty());
    const QString copy = ui::userDemoCopyDir();
    CHECK(QFileInfo::exists(copy + QStringLiteral("/dbx.yml")));
    CHECK(window.workspace().specPath() == copy + QStringLiteral("/schema_specs/loan_risk.yml"));
    CHECK(QFileInfo(window.workspace().specPath()).isWritable());
    CHECK(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(copy)));
    REQUIRE(waitForValidation(*window.designPage()));
    CHECK(window.designPage()->statusText().startsWith(QStringLiteral("Valid")));

    // The copy is the user's from now on: a second start opens it as the user left it.
    {
        QFile spec(copy + QStringLiteral("/schema_specs/loan_risk.yml"));
        REQUIRE(spec.open(QIODevice::Append));
        spec.write("# the user's own note\n");
    }
    ui::MainWindow again;
    REQUIRE(ui::openDemoProject(again, installed).isEmpty());
    QFile spec(copy + QStringLiteral("/schema_specs/loan_risk.yml"));
    REQUIRE(spec.open(QIODevice::ReadOnly));
    CHECK(spec.readAll().endsWith("# the user's own note\n"));
    CHECK_FALSE(QFileInfo::exists(installed + QStringLiteral("/local.sqlite")));

    QDir(copy).removeRecursively();
    QStandardPaths::setTestModeEnabled(false);
}

TEST_CASE("the build tree's demo opens where it is, with no copy", "[gui][demo]")
{
    isolateSettings();
    ui::MainWindow window;
    REQUIRE(ui::openDemoProject(window).isEmpty());
    CHECK(window.workspace().project().dir == QDir(QStringLiteral(SS_SOURCE_DIR)).absolutePath().toStdString());
}
