#include "gui/gui_test_support.h"

#include "support/explore_demo.h"

#include "ui/explore/answer_chart.h"
#include "ui/explore/explore_page.h"
#include "ui/explore/interpretation_bar.h"
#include "ui/shell/active_database.h"
#include "ui/shell/workspace.h"
#include "ui/widgets/code_editor.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModel>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>

using namespace ss;
using namespace ss::test;

namespace {

ui::ExplorePage* explorePageOf(ui::MainWindow& window, int& index)
{
    for (std::size_t i = 0; i < window.pages().size(); ++i)
        if (auto* page = qobject_cast<ui::ExplorePage*>(window.pages()[i])) {
            index = static_cast<int>(i);
            return page;
        }
    return nullptr;
}

void askAndWait(ui::ExplorePage& page, const QString& question)
{
    QSignalSpy answered(&page, &ui::ExplorePage::answered);
    page.ask(question);
    REQUIRE(answered.wait(60000));
}

// The first column of the result grid as shown.
QStringList column(const QTableView& view, int c)
{
    QStringList out;
    for (int r = 0; r < view.model()->rowCount(); ++r)
        out << view.model()->index(r, c).data().toString();
    return out;
}

}  // namespace

TEST_CASE("the Explore page opens on the active database with suggestions, answers as rows, SQL and a chart", "[gui][explore]")
{
    WindowOnSpec fixture(validSpec());
    REQUIRE(waitForValidation(fixture.design()));
    const QString path = fixture.dir.path() + "/demo.sqlite";
    applyAndSeedDemo("sqlite:" + path);
    const QByteArray before = QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
    ui::Workspace& workspace = fixture.window->workspace();
    workspace.setActiveDatabase(ui::activeDatabaseFor(workspace.project(), {}, ui::fileUrlOf(path)));

    int index = -1;
    ui::ExplorePage* page = explorePageOf(*fixture.window, index);
    REQUIRE(page);
    QSignalSpy loaded(page, &ui::ExplorePage::modelLoaded);
    fixture.window->show();
    fixture.window->showPage(index);
    REQUIRE((loaded.count() > 0 || loaded.wait(60000)));
    REQUIRE(page->suggestions()->count() == 12);

    // A suggestion clicked is asked and answered.
    QSignalSpy answered(page, &ui::ExplorePage::answered);
    page->suggestions()->itemClicked(page->suggestions()->item(0));
    REQUIRE(answered.wait(60000));
    REQUIRE(page->lastAnswer());
    CHECK(page->lastAnswer()->status == query::AnswerStatus::Answered);
    CHECK(page->history()->item(0)->text() == page->suggestions()->item(0)->text());

    askAndWait(*page, "How many companies by industry?");
    CHECK(page->resultView()->model()->rowCount() == 10);
    CHECK(page->chart()->kind() == ui::AnswerChart::Kind::Bars);
    CHECK(QString::fromStdString(page->sqlView()->utf8Text()).startsWith("SELECT"));
    CHECK(page->interpretation()->chip("group-0")->text().startsWith("by industry"));
    // Sorting by the count sorts numbers by value.
    page->resultView()->sortByColumn(1, Qt::AscendingOrder);
    const QStringList counts = column(*page->resultView(), 1);
    for (int i = 1; i < counts.size(); ++i)
        CHECK(counts[i - 1].toInt() <= counts[i].toInt());
    CHECK(page->tsvOfSelection().startsWith("industry\tcount_company\n"));
    const QString csv = fixture.dir.path() + "/answer.csv";
    REQUIRE(page->exportCsv(csv).isEmpty());
    CHECK(readFile(csv).startsWith("industry,count_company\n"));

    // Removing the grouping chip asks the question without it: one figure.
    QSignalSpy again(page, &ui::ExplorePage::answered);
    page->interpretation()->chip("group-0")->click();
    REQUIRE(again.wait(60000));
    CHECK(page->questionEdit()->text() == "number of companies");
    CHECK(page->chart()->kind() == ui::AnswerChart::Kind::Figure);
    CHECK(page->chart()->figureText().startsWith("400"));

    // The measure chip offers the table's other measures.
    askAndWait(*page, "total principal paid by company region");
    CHECK(page->chart()->kind() == ui::AnswerChart::Kind::Bars);
    QToolButton* measure = page->interpretation()->chip("measure");
    REQUIRE(measure);
    QAction* interest = nullptr;
    for (QAction* action : measure->menu()->actions())
        if (action->text() == "total interest paid")
            interest = action;
    REQUIRE(interest);
    QSignalSpy remeasured(page, &ui::ExplorePage::answered);
    interest->trigger();
    REQUIRE(remeasured.wait(60000));
    CHECK(page->questionEdit()->text() == "total interest paid by company region");
    CHECK(page->lastAnswer()->status == query::AnswerStatus::Answered);

    // An ambiguity is settled by clicking an alternative; a date role picks a line over time.
    askAndWait(*page, "total principal paid per month");
    CHECK(page->lastAnswer()->status == query::AnswerStatus::Ambiguous);
    QToolButton* choice = page->interpretation()->chip("choice-0");
    REQUIRE(choice);
    QSignalSpy settled(page, &ui::ExplorePage::answered);
    choice->click();
    REQUIRE(settled.wait(60000));
    CHECK(page->lastAnswer()->status == query::AnswerStatus::Answered);
    CHECK(page->chart()->kind() == ui::AnswerChart::Kind::Line);

    // Refused, and the database is as it was.
    askAndWait(*page, "delete all companies");
    CHECK(page->lastAnswer()->status == query::AnswerStatus::Refused);
    CHECK(page->statusText().contains("only reads"));
    CHECK(page->resultView()->model()->rowCount() == 0);
    fixture.window.reset();
    CHECK(QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256) == before);
}

TEST_CASE("the Explore page on a database not applied or not seeded yet says what to do first", "[gui][explore]")
{
    WindowOnSpec fixture(validSpec());
    REQUIRE(waitForValidation(fixture.design()));
    ui::Workspace& workspace = fixture.window->workspace();
    const QString path = fixture.dir.path() + "/empty.sqlite";
    workspace.setActiveDatabase(ui::activeDatabaseFor(workspace.project(), {}, ui::fileUrlOf(path)));
    int index = -1;
    ui::ExplorePage* page = explorePageOf(*fixture.window, index);
    REQUIRE(page);
    fixture.window->show();
    fixture.window->showPage(index);
    QElapsedTimer waited;
    waited.start();
    while (page->isBusy() && waited.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    CHECK(page->statusText().contains("does not exist yet"));
    CHECK(page->statusText().contains("Apply page"));

    const DbxRun applied = runDbx({"apply", "--target", SS_SOURCE_DIR "/schema_specs/loan_risk.yml", "--db", "sqlite:" + path});
    REQUIRE(applied.exitCode == 0);
    QSignalSpy loaded(page, &ui::ExplorePage::modelLoaded);
    page->reload();
    REQUIRE(loaded.wait(60000));
    CHECK(page->statusText().contains("fill them on the Seed page"));
}
