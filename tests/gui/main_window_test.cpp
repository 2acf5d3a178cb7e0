#include "gui/gui_test_support.h"

#include "ui/shell/page_registry.h"
#include "ui/shell/workspace.h"
#include "ui/widgets/code_editor.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

#include <set>
#include <sys/stat.h>

using namespace ss;
using namespace ss::test;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ino_t inodeOf(const QString& path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

// Answers the next modal message box with `button` as soon as it appears.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box) box->button(button)->click();
    });
}

}  // namespace

TEST_CASE("saving writes the editor's text as typed, by replacing the file, and clears the modified flag", "[gui][shell]")
{
    WindowOnSpec fixture(validSpec());
    ui::MainWindow& window = *fixture.window;
    const ino_t before = inodeOf(fixture.specPath);

    fixture.design().editor()->insertAt(QStringLiteral("# kept exactly as typed   \n"), 0, 0);
    REQUIRE(window.isWindowModified());
    REQUIRE(window.save());

    CHECK(readFile(fixture.specPath) == "# kept exactly as typed   \n" + validSpec());
    CHECK(inodeOf(fixture.specPath) != before);  // a new file renamed over the old one, not rewritten in place
    CHECK(QDir(fixture.dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("spec.yml")});
    CHECK_FALSE(fixture.design().isModified());
    CHECK_FALSE(window.isWindowModified());
}

TEST_CASE("unsaved changes prompt before they are lost", "[gui][shell]")
{
    WindowOnSpec fixture(validSpec());
    ui::MainWindow& window = *fixture.window;
    window.show();
    fixture.design().editor()->insertAt(QStringLiteral("# draft\n"), 0, 0);

    answerNextMessageBox(QMessageBox::Cancel);
    CHECK_FALSE(window.confirmDiscard());
    CHECK(fixture.design().isModified());

    answerNextMessageBox(QMessageBox::Cancel);
    CHECK_FALSE(window.close());
    CHECK(window.isVisible());

    answerNextMessageBox(QMessageBox::Save);
    CHECK(window.confirmDiscard());
    CHECK(readFile(fixture.specPath).startsWith("# draft\n"));

    fixture.design().editor()->insertAt(QStringLiteral("# thrown away\n"), 0, 0);
    answerNextMessageBox(QMessageBox::Discard);
    CHECK(window.close());
    CHECK_FALSE(readFile(fixture.specPath).contains("thrown away"));
}

TEST_CASE("the page registry lists each working page once, in flow order, and the navigator shows exactly those",
          "[gui][shell]")
{
    WindowOnSpec fixture(validSpec());
    ui::MainWindow& window = *fixture.window;
    const std::vector<ui::PageEntry>& registry = ui::pageRegistry();
    REQUIRE_FALSE(registry.empty());
    REQUIRE(window.pages().size() == registry.size());
    REQUIRE(window.navigator()->count() == static_cast<int>(registry.size()));

    std::set<int> stages;
    for (std::size_t i = 0; i < registry.size(); ++i) {
        const ui::Page& page = *window.pages()[i];
        CHECK(page.stage() == registry[i].stage);
        CHECK(stages.insert(static_cast<int>(page.stage())).second);
        if (i > 0) CHECK(registry[i - 1].stage < registry[i].stage);
        CHECK(window.navigator()->item(static_cast<int>(i))->text() == page.title());
        CHECK_FALSE(page.icon().pixmap(24, 24).toImage().isNull());
        CHECK(page.shortcut() == QKeySequence(QStringLiteral("Ctrl+%1").arg(static_cast<int>(page.stage()))));
    }
    CHECK(window.designPage() == window.pages().front());
}

TEST_CASE("a page's shortcut shows it", "[gui][shell]")
{
    WindowOnSpec fixture(validSpec());
    ui::MainWindow& window = *fixture.window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    for (std::size_t i = window.pages().size(); i-- > 0;) {
        QTest::keySequence(&window, window.pages()[i]->shortcut());
        CHECK(window.currentPageIndex() == static_cast<int>(i));
    }
}

TEST_CASE("a project is opened on current.yml, and a bad project folder is refused with its reason", "[gui][shell]")
{
    isolateSettings();
    QTemporaryDir dir;
    QFile projectFile(dir.filePath(QStringLiteral("dbx.yml")));
    REQUIRE(projectFile.open(QIODevice::WriteOnly));
    projectFile.write("name: shop\n");
    projectFile.close();
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("schema_specs")));
    QFile spec(dir.filePath(QStringLiteral("schema_specs/current.yml")));
    REQUIRE(spec.open(QIODevice::WriteOnly));
    spec.write(validSpec());
    spec.close();

    ui::MainWindow window;
    REQUIRE(window.openProject(dir.path()).isEmpty());
    CHECK(window.workspace().project().name == "shop");
    CHECK(window.workspace().specPath() == QFileInfo(spec.fileName()).absoluteFilePath());
    CHECK(window.windowTitle().contains(QStringLiteral("current.yml[*] — shop")));

    REQUIRE(projectFile.open(QIODevice::WriteOnly));
    projectFile.write("name: shop\ndialect: oracle\n");
    projectFile.close();
    CHECK(window.openProject(dir.path()).contains(QStringLiteral("unknown dialect 'oracle'")));
    CHECK(window.workspace().project().dialect == "sqlite");
}
