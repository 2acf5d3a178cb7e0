#include "gui/gui_test_support.h"

#include "ui/design/validation_runner.h"
#include "ui/shell/theme.h"
#include "ui/shell/workspace.h"
#include "ui/widgets/code_editor.h"
#include "ui/widgets/problems_view.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QTest>
#include <QToolTip>

using namespace ss;
using namespace ss::test;

namespace {

QByteArray specWithUnknownType()
{
    QByteArray text = validSpec();
    text.replace("{name: city, type: VARCHAR(40)}", "{name: city, type: VARCHR(10)}");
    return text;
}

int positionOf(ui::CodeEditor& editor, const QByteArray& needle)
{
    return static_cast<int>(QByteArray::fromStdString(editor.utf8Text()).indexOf(needle));
}

}  // namespace

TEST_CASE("an unknown type gets a margin marker, a squiggle and a problem that jumps to its line", "[gui][design]")
{
    const QByteArray text = specWithUnknownType();
    WindowOnSpec fixture(text);
    ui::DesignPage& page = fixture.design();
    REQUIRE(waitForValidation(page));
    ui::CodeEditor& editor = *page.editor();
    const int line = lineOf(text, "VARCHR");

    CHECK(editor.markersAtLine(line - 1) & (1u << editor.errorMarker()));
    CHECK_FALSE(editor.markersAtLine(line - 2) & (1u << editor.errorMarker()));
    CHECK(editor.diagnosticsAt(positionOf(editor, "VARCHR(10)") + 3).contains(QStringLiteral("unknown type 'VARCHR(10)'")));
    CHECK(editor.diagnosticsAt(positionOf(editor, "name: city")).isEmpty());
    CHECK(editor.diagnosticsOnLine(line - 1).contains(QStringLiteral("[unknown-type]")));
    CHECK(page.statusText() == QStringLiteral("1 error, 0 warnings"));

    ui::ProblemsView& problems = *page.problems();
    REQUIRE(problems.topLevelItemCount() == 1);
    QTreeWidgetItem* item = problems.topLevelItem(0);
    CHECK(item->text(ui::ProblemsView::SeverityColumn) == QStringLiteral("error"));
    CHECK(item->text(ui::ProblemsView::RuleColumn) == QStringLiteral("unknown-type"));
    CHECK(item->text(ui::ProblemsView::LocationColumn).startsWith(QString::number(line) + QLatin1Char(':')));
    CHECK(item->text(ui::ProblemsView::MessageColumn).contains(QStringLiteral("VARCHR")));

    editor.setCursorPosition(0, 0);
    problems.setFocus();
    problems.setCurrentItem(item);
    QTest::keyClick(&problems, Qt::Key_Return);
    int cursorLine = -1;
    int cursorIndex = -1;
    editor.getCursorPosition(&cursorLine, &cursorIndex);
    CHECK(cursorLine == line - 1);
    CHECK(cursorIndex == text.split('\n')[line - 1].indexOf("VARCHR"));
}

TEST_CASE("resting the mouse on a squiggle shows the diagnostic's message", "[gui][design]")
{
    WindowOnSpec fixture(specWithUnknownType());
    fixture.window->resize(1000, 700);
    fixture.window->show();
    ui::DesignPage& page = fixture.design();
    REQUIRE(waitForValidation(page));
    ui::CodeEditor& editor = *page.editor();
    const int position = positionOf(editor, "VARCHR(10)") + 2;
    const int x = static_cast<int>(editor.SendScintilla(QsciScintillaBase::SCI_POINTXFROMPOSITION, 0UL, static_cast<long>(position)));
    const int y = static_cast<int>(editor.SendScintilla(QsciScintillaBase::SCI_POINTYFROMPOSITION, 0UL, static_cast<long>(position)));
    Q_EMIT editor.SCN_DWELLSTART(position, x, y);
    REQUIRE(QTest::qWaitFor([] { return QToolTip::isVisible(); }, 5000));
    CHECK(QToolTip::text().contains(QStringLiteral("unknown type 'VARCHR(10)'")));
    Q_EMIT editor.SCN_DWELLEND(position, x, y);
    QToolTip::hideText();
}

TEST_CASE("a valid spec shows no markers and says so", "[gui][design]")
{
    WindowOnSpec fixture(validSpec());
    ui::DesignPage& page = fixture.design();
    REQUIRE(waitForValidation(page));
    CHECK(page.problems()->topLevelItemCount() == 0);
    CHECK(page.statusText().startsWith(QStringLiteral("Valid")));
    for (int line = 0; line < page.editor()->lines(); ++line) CHECK(page.editor()->markersAtLine(line) == 0u);
    CHECK(fixture.window->workspace().model()->tables.size() == 2);
}

TEST_CASE("typing revalidates after a pause", "[gui][design]")
{
    WindowOnSpec fixture(validSpec());
    ui::DesignPage& page = fixture.design();
    REQUIRE(waitForValidation(page));
    ui::CodeEditor& editor = *page.editor();

    editor.SendScintilla(QsciScintillaBase::SCI_GOTOPOS, static_cast<unsigned long>(positionOf(editor, "VARCHAR(40)")));
    QTest::keyClicks(&editor, QStringLiteral("NOT"));
    CHECK(page.isBusy());
    REQUIRE(waitForValidation(page));
    REQUIRE(page.problems()->topLevelItemCount() == 1);
    CHECK(page.problems()->topLevelItem(0)->text(ui::ProblemsView::MessageColumn).contains(QStringLiteral("NOTVARCHAR")));

    while (editor.isUndoAvailable()) editor.undo();
    CHECK_FALSE(page.isModified());
    REQUIRE(waitForValidation(page));
    CHECK(page.problems()->topLevelItemCount() == 0);
}

TEST_CASE("the validation runner reports only the newest request", "[gui][design]")
{
    ui::ValidationRunner runner;
    std::vector<std::size_t> reported;
    QObject::connect(&runner, &ui::ValidationRunner::finished, [&](const ui::ValidationOutcome& outcome) {
        reported.push_back(outcome.diagnostics.size());
    });
    QByteArray broken = validSpec();
    broken.replace("DATE", "DAYTE");
    runner.request(broken.toStdString());
    runner.request(validSpec().toStdString());
    CHECK(runner.isRunning());
    REQUIRE(QTest::qWaitFor([&] { return !runner.isRunning(); }, 10000));
    CHECK(reported == std::vector<std::size_t>{0});
}

TEST_CASE("editing marks the window modified and undo back to the saved text clears it", "[gui][design]")
{
    WindowOnSpec fixture(validSpec());
    ui::MainWindow& window = *fixture.window;
    CHECK(window.windowTitle().startsWith(QStringLiteral("spec.yml[*]")));
    CHECK_FALSE(window.isWindowModified());

    fixture.design().editor()->insertAt(QStringLiteral("# note\n"), 0, 0);
    CHECK(fixture.design().isModified());
    CHECK(window.isWindowModified());

    fixture.design().editor()->undo();
    CHECK_FALSE(window.isWindowModified());
}

TEST_CASE("the dark theme recolours the editor", "[gui][design]")
{
    WindowOnSpec fixture(validSpec());
    QsciLexer* lexer = fixture.design().editor()->lexer();
    const QColor lightPaper = lexer->paper(0);
    ui::applyTheme(ui::Theme::Dark);
    const QColor darkPaper = lexer->paper(0);
    ui::applyTheme(ui::Theme::Light);
    CHECK(lightPaper.lightness() > 200);
    CHECK(darkPaper.lightness() < 60);
    CHECK(lexer->paper(0) == lightPaper);
}
