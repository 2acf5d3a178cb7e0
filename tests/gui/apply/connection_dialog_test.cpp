#include "gui/apply/apply_fixture.h"
#include "gui/gui_test_support.h"

#include "ui/connection/connection_dialog.h"
#include "ui/shell/workspace.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace ss;
using namespace ss::test;

namespace {

QString testAndWait(ui::ConnectionDialog& dialog)
{
    QSignalSpy tested(&dialog, &ui::ConnectionDialog::tested);
    dialog.test();
    REQUIRE((tested.count() > 0 || tested.wait(30000)));
    return dialog.testResult();
}

void chooseKind(ui::ConnectionDialog& dialog, Dialect dialect)
{
    dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(static_cast<int>(dialect)));
}

Project projectIn(const QString& dir, const QByteArray& projectFile)
{
    QFile file(dir + QStringLiteral("/dbx.yml"));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(projectFile);
    file.close();
    Project project;
    REQUIRE(loadProject(dir.toStdString(), project).empty());
    return project;
}

}  // namespace

TEST_CASE("the connection dialog lists the project's environments with their URLs", "[gui][connection]")
{
    isolateSettings();
    QTemporaryDir dir;
    const Project project = projectIn(dir.path(), "name: shop\n"
                                                  "default_environment: local\n"
                                                  "environments:\n"
                                                  "  local: {url: sqlite:data/shop.sqlite}\n"
                                                  "  staging: {url: postgresql://ann@db.example:6543/shop}\n");
    ui::ConnectionDialog dialog(project, ui::defaultActiveDatabase(project));
    REQUIRE(dialog.environments()->count() == 2);
    CHECK(dialog.environments()->item(0)->text() == QStringLiteral("local — sqlite:data/shop.sqlite"));
    CHECK(dialog.environments()->item(1)->text() == QStringLiteral("staging — postgresql://ann@db.example:6543/shop"));
    CHECK(dialog.environments()->currentRow() == 0);
    CHECK(dialog.database().environment == QStringLiteral("local"));

    dialog.environments()->setCurrentRow(1);
    CHECK(dialog.hostEdit()->text() == QStringLiteral("db.example"));
    CHECK(dialog.portBox()->value() == 6543);
    CHECK(dialog.databaseEdit()->text() == QStringLiteral("shop"));
    CHECK(dialog.userEdit()->text() == QStringLiteral("ann"));
    ui::ActiveDatabase staging = dialog.database();
    CHECK(staging.environment == QStringLiteral("staging"));
    CHECK(staging.url == QStringLiteral("postgresql://ann@db.example:6543/shop"));

    // A password typed for the session travels with the choice, and nowhere else.
    dialog.passwordEdit()->setText(QStringLiteral("s3cret-for-test"));
    staging = dialog.database();
    REQUIRE(staging.sessionPassword);
    CHECK(*staging.sessionPassword == "s3cret-for-test");
    CHECK_FALSE(staging.displayUrl().contains(QStringLiteral("s3cret")));

    // Editing the fields makes it a database of its own, no longer the environment.
    dialog.databaseEdit()->setText(QStringLiteral("shop_copy"));
    CHECK(dialog.database().environment.isEmpty());
    CHECK(dialog.environments()->currentRow() == -1);
    CHECK(dialog.urlText() == QStringLiteral("postgresql://ann@db.example:6543/shop_copy"));
}

TEST_CASE("Test reports the exact error for a bad path, a file that is not a database, an unreachable server", "[gui][connection]")
{
    isolateSettings();
    QTemporaryDir dir;
    Project project;
    REQUIRE(loadProject(dir.path().toStdString(), project).empty());
    ui::ConnectionDialog dialog(project, {});

    chooseKind(dialog, Dialect::Sqlite);
    dialog.sqlitePath()->setText(dir.filePath(QStringLiteral("no/such/folder/x.sqlite")));
    QString result = testAndWait(dialog);
    CHECK(result.contains(QStringLiteral("the folder")));
    CHECK(result.contains(QStringLiteral("does not exist")));

    QFile junk(dir.filePath(QStringLiteral("junk.sqlite")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    dialog.sqlitePath()->setText(junk.fileName());
    result = testAndWait(dialog);
    CHECK(result.contains(QStringLiteral("file is not a database")));

    dialog.sqlitePath()->setText(QStringLiteral("fresh.sqlite"));
    result = testAndWait(dialog);
    CHECK(result.contains(QStringLiteral("does not exist yet: the first apply creates it")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("fresh.sqlite"))));

    chooseKind(dialog, Dialect::PostgreSql);
    dialog.hostEdit()->setText(QStringLiteral("127.0.0.1"));
    dialog.portBox()->setValue(1);
    dialog.databaseEdit()->setText(QStringLiteral("nowhere"));
    dialog.userEdit()->setText(QStringLiteral("nobody"));
    result = testAndWait(dialog);
    CHECK(result.startsWith(QStringLiteral("cannot connect to PostgreSQL at 127.0.0.1:1, database 'nowhere', user 'nobody'")));
}

TEST_CASE("Test on a real SQLite file reports the SQLite version", "[gui][connection]")
{
    ApplyFixture fixture;
    fixture.applyAndWait();
    ui::ConnectionDialog dialog(fixture.window->workspace().project(), fixture.window->workspace().activeDatabase());
    CHECK(dialog.database().environment == QStringLiteral("local"));
    const QString result = testAndWait(dialog);
    CHECK(result.startsWith(QStringLiteral("Connected to sqlite://")));
    CHECK(result.contains(QStringLiteral(": SQLite 3.")));
}

TEST_CASE("the active database is remembered per project, without its password", "[gui][connection]")
{
    isolateSettings();
    QTemporaryDir dir;
    projectIn(dir.path(), "name: shop\n"
                          "default_environment: local\n"
                          "environments:\n"
                          "  local: {url: sqlite:shop.sqlite}\n"
                          "  staging: {url: postgresql://ann@db.example/shop}\n");
    {
        ui::MainWindow window;
        REQUIRE(window.openProject(dir.path()).isEmpty());
        ui::Workspace& workspace = window.workspace();
        CHECK(workspace.activeDatabase().environment == QStringLiteral("local"));
        QSignalSpy changed(&workspace, &ui::Workspace::activeDatabaseChanged);
        ui::ActiveDatabase staging = ui::activeDatabaseFor(workspace.project(), QStringLiteral("staging"),
                                                           QStringLiteral("postgresql://ann@db.example/shop"));
        staging.sessionPassword = "never-in-settings";
        workspace.setActiveDatabase(staging);
        CHECK(changed.count() == 1);
        CHECK(workspace.activeDatabase().dialect() == Dialect::PostgreSql);
    }
    QSettings settings;
    settings.sync();
    CHECK_FALSE(readText(settings.fileName()).contains("never-in-settings"));
    {
        ui::MainWindow window;
        REQUIRE(window.openProject(dir.path()).isEmpty());
        const ui::ActiveDatabase& database = window.workspace().activeDatabase();
        CHECK(database.environment == QStringLiteral("staging"));
        CHECK_FALSE(database.sessionPassword);

        // One defined in the dialog is remembered by its URL.
        window.workspace().setActiveDatabase(
            ui::activeDatabaseFor(window.workspace().project(), {}, QStringLiteral("sqlite:other.sqlite")));
    }
    ui::MainWindow window;
    REQUIRE(window.openProject(dir.path()).isEmpty());
    CHECK(window.workspace().activeDatabase().environment.isEmpty());
    CHECK(window.workspace().activeDatabase().url == QStringLiteral("sqlite:other.sqlite"));
    CHECK(window.workspace().activeDatabase().resolved.path == QDir(dir.path()).filePath(QStringLiteral("other.sqlite")).toStdString());
}
