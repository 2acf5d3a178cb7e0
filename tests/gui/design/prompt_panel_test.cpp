#include "gui/gui_test_support.h"

#include "core/db/run_log.h"
#include "ui/design/draft_review.h"
#include "ui/design/prompt_panel.h"
#include "ui/shell/workspace.h"
#include "ui/widgets/code_editor.h"
#include "ui/widgets/spec_diff_view.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ss;
using namespace ss::test;

namespace {

bool generateAndWait(ui::DesignPage& page, const QString& prompt)
{
    page.promptPanel()->setPrompt(prompt);
    QSignalSpy finished(&page, &ui::DesignPage::draftFinished);
    QTest::mouseClick(page.promptPanel()->generateButton(), Qt::LeftButton);
    return finished.count() > 0 || finished.wait(20000);
}

}  // namespace

TEST_CASE("a prompt drafts offline, the draft is shown as a diff, Accept replaces the text and Undo restores it", "[gui][design][prompt]")
{
    qunsetenv("DBX_LLM_URL");
    WindowOnSpec fixture(validSpec());
    ui::DesignPage& page = fixture.design();
    REQUIRE(waitForValidation(page));
    const std::string before = page.editor()->utf8Text();

    REQUIRE(generateAndWait(page, QStringLiteral("hospital admissions by ward and day measuring length of stay")));
    REQUIRE(page.isReviewingDraft());
    ui::DraftReview& review = *page.draftReview();
    CHECK(review.message() == QStringLiteral("Drafted offline."));
    CHECK(page.editor()->utf8Text() == before);  // nothing changes before Accept
    CHECK(review.diff()->firstChangedRow() >= 0);
    CHECK(QString::fromStdString(review.diff()->right()->utf8Text()).contains(QStringLiteral("fact_admissions")));

    // A chip selects the YAML it produced in the draft.
    QListWidget& chips = *review.chips();
    REQUIRE(chips.count() > 0);
    QListWidgetItem* factChip = nullptr;
    for (int i = 0; i < chips.count(); ++i)
        if (chips.item(i)->text().contains(QStringLiteral("fact_admissions")) && !factChip) factChip = chips.item(i);
    REQUIRE(factChip);
    Q_EMIT chips.itemClicked(factChip);
    CHECK(review.diff()->right()->selectedText().contains(QStringLiteral("fact_admissions")));

    QTest::mouseClick(review.acceptButton(), Qt::LeftButton);
    CHECK_FALSE(page.isReviewingDraft());
    CHECK(QString::fromStdString(page.editor()->utf8Text()).contains(QStringLiteral("fact_admissions")));
    REQUIRE(waitForValidation(page));
    CHECK(page.statusText().startsWith(QStringLiteral("Valid")));

    page.editor()->undo();
    CHECK(page.editor()->utf8Text() == before);
}

TEST_CASE("Discard keeps the editor's text, and an empty or unknown prompt drafts nothing and says why", "[gui][design][prompt]")
{
    qunsetenv("DBX_LLM_URL");
    WindowOnSpec fixture(validSpec());
    ui::DesignPage& page = fixture.design();
    REQUIRE(waitForValidation(page));
    const std::string before = page.editor()->utf8Text();

    REQUIRE(generateAndWait(page, QStringLiteral("an order-entry app with customers, orders and order lines")));
    REQUIRE(page.isReviewingDraft());
    QTest::mouseClick(page.draftReview()->discardButton(), Qt::LeftButton);
    CHECK_FALSE(page.isReviewingDraft());
    CHECK(page.editor()->utf8Text() == before);

    REQUIRE(generateAndWait(page, QStringLiteral("zxq blorp")));
    CHECK_FALSE(page.isReviewingDraft());
    CHECK(page.statusText().contains(QStringLiteral("Nothing to build on")));

    page.promptPanel()->setPrompt(QStringLiteral("   "));
    QTest::mouseClick(page.promptPanel()->generateButton(), Qt::LeftButton);
    CHECK(page.statusText().startsWith(QStringLiteral("The prompt is empty")));
}

TEST_CASE("an edit of the open spec keeps its tables and adds what the prompt names", "[gui][design][prompt]")
{
    qunsetenv("DBX_LLM_URL");
    WindowOnSpec fixture(validSpec());
    ui::DesignPage& page = fixture.design();
    REQUIRE(waitForValidation(page));
    page.promptPanel()->setEditsOpenSpec(true);
    REQUIRE(generateAndWait(page, QStringLiteral("parcel deliveries by driver and day measuring distance")));
    REQUIRE(page.isReviewingDraft());
    const SchemaModel& draft = page.draftReview()->draft().model;
    INFO(page.draftReview()->draft().yaml);
    CHECK(draft.findTable("dim_customer"));
    CHECK(draft.findTable("fact_sales"));
    CHECK(draft.findTable("fact_deliveries"));
}

TEST_CASE("each draft is logged in the active database's run log when that database exists", "[gui][design][prompt]")
{
    qunsetenv("DBX_LLM_URL");
    WindowOnSpec fixture(validSpec());
    ui::DesignPage& page = fixture.design();
    REQUIRE(waitForValidation(page));
    const QString file = QString::fromStdString(fixture.window->workspace().activeDatabase().resolved.path);
    REQUIRE_FALSE(file.isEmpty());
    QFile::remove(file);
    REQUIRE(generateAndWait(page, QStringLiteral("parcel deliveries by driver and day")));
    CHECK_FALSE(QFileInfo::exists(file));  // drafting never creates the project's database

    {
        QDir().mkpath(QFileInfo(file).absolutePath());
        ss::DatabaseConnection create;
        ss::OpenOptions options;
        options.createFile = true;
        REQUIRE(ss::openDatabase(create, "sqlite://" + file.toStdString(), {}, options).empty());
    }
    page.draftReview()->discardButton()->click();
    REQUIRE(generateAndWait(page, QStringLiteral("library loans by branch and week")));
    ss::DatabaseConnection check;
    REQUIRE(ss::openDatabase(check, "sqlite://" + file.toStdString()).empty());
    std::vector<ss::RunRecord> runs;
    REQUIRE(ss::RunLog(check).list("design", runs).empty());
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].status == "finished");
    CHECK(runs[0].detail.find("library loans by branch and week") != std::string::npos);
    CHECK(runs[0].rows >= 3);
}
