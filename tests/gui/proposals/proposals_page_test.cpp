// The Proposals page on the demo: sample entities analysed, a table approved (it exists with its rows), rolled
// back (it is gone), and the history and registry say so; a rejected proposal keeps its reviewer's notes.
#include "gui/gui_test_support.h"

#include "core/db/apply/table_names.h"
#include "core/db/database_connection.h"
#include "core/spec/yaml_loader.h"
#include "ui/apply/script_operation_list.h"
#include "ui/proposals/proposal_evidence.h"
#include "ui/proposals/proposal_list.h"
#include "ui/proposals/proposals_page.h"
#include "ui/proposals/review_history.h"
#include "ui/shell/main_window.h"
#include "ui/shell/screenshots.h"
#include "ui/shell/workspace.h"
#include "ui/widgets/code_editor.h"

#include <catch2/catch.hpp>

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <set>

using namespace ss;
using namespace ss::test;

namespace {

ui::ProposalsPage* proposalsPageOf(ui::MainWindow& window, int& index)
{
    for (std::size_t i = 0; i < window.pages().size(); ++i)
        if (auto* page = qobject_cast<ui::ProposalsPage*>(window.pages()[i])) {
            index = static_cast<int>(i);
            return page;
        }
    return nullptr;
}

bool step(ui::ProposalsPage& page, void (ui::ProposalsPage::*action)())
{
    QSignalSpy finished(&page, &ui::ProposalsPage::workFinished);
    (page.*action)();
    REQUIRE(finished.wait(120000));
    INFO(page.statusText().toStdString());
    return finished.first().first().toBool();
}

long long rowsIn(const QString& database, const char* table)
{
    DatabaseConnection connection;
    REQUIRE(openDatabase(connection, ui::fileUrlOf(database).toStdString(), {}, {}) == "");
    QSqlQuery q(connection.db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

}  // namespace

TEST_CASE("the Proposals page analyses the demo's entities, approves a table with its rows and rolls it back", "[gui][proposals]")
{
    isolateSettings();
    QTemporaryDir scratch;
    ui::MainWindow window;
    REQUIRE(ui::openDemoCopy(window, scratch.filePath(QStringLiteral("demo"))).isEmpty());
    const QString database = scratch.filePath(QStringLiteral("demo/local.sqlite"));
    const QString current = scratch.filePath(QStringLiteral("demo/schema_specs/current.yml"));
    int index = -1;
    ui::ProposalsPage* page = proposalsPageOf(window, index);
    REQUIRE(page);
    window.showPage(index);

    REQUIRE(step(*page, &ui::ProposalsPage::addSampleEntities));
    CHECK(rowsIn(database, "knowledge_entities") > 300);
    REQUIRE(step(*page, &ui::ProposalsPage::analyze));
    CHECK(page->proposals().size() > 8);
    CHECK(page->list()->topLevelItemCount() == static_cast<int>(page->proposals().size()));

    REQUIRE(page->list()->select(QStringLiteral("proposal-table-people")));
    CHECK(page->sqlView()->text().contains(QStringLiteral("CREATE TABLE \"people\"")));
    CHECK(page->impact()->topLevelItemCount() >= 1);
    CHECK(page->evidence()->coverageChart()->chart()->series().size() == 1);
    CHECK(page->evidence()->valuesChart()->chart()->series().size() == 1);  // the values of role
    CHECK(page->evidence()->examples()->count() > 0);
    CHECK(page->approveButton()->isEnabled());
    CHECK_FALSE(page->rollbackButton()->isEnabled());

    page->reviewer()->setText(QStringLiteral("Grace Reviewer"));
    REQUIRE(step(*page, &ui::ProposalsPage::approveSelected));
    CHECK(rowsIn(database, "people") == 80);
    CHECK(ss::loadSchemaFile(current.toStdString()).model.findTable("people"));
    CHECK(page->list()->currentId() == QStringLiteral("proposal-table-people"));
    CHECK(page->rollbackButton()->isEnabled());
    CHECK(page->history()->timeline()->topLevelItem(0)->text(1) == QStringLiteral("approve"));
    CHECK(page->history()->timeline()->topLevelItem(0)->text(2) == QStringLiteral("Grace Reviewer"));
    REQUIRE(page->history()->registry()->topLevelItemCount() == 1);
    CHECK(page->history()->registry()->topLevelItem(0)->text(2) == QStringLiteral("80"));

    REQUIRE(step(*page, &ui::ProposalsPage::rollbackSelected));
    CHECK(rowsIn(database, "people") == -1);
    CHECK_FALSE(ss::loadSchemaFile(current.toStdString()).model.findTable("people"));
    CHECK(page->history()->registry()->topLevelItem(0)->text(1) == QStringLiteral("rolled back"));

    REQUIRE(page->list()->select(QStringLiteral("proposal-table-tasks")));
    page->notes()->setText(QStringLiteral("tasks live in the ticket system"));
    REQUIRE(step(*page, &ui::ProposalsPage::rejectSelected));
    page->statusFilter()->setCurrentIndex(page->statusFilter()->findData(QStringLiteral("rejected")));
    REQUIRE(page->list()->topLevelItemCount() == 1);
    CHECK(page->list()->currentId() == QStringLiteral("proposal-table-tasks"));
    CHECK_FALSE(page->approveButton()->isEnabled());

    // An approval that fails says why and leaves the page usable: the relationship needs its tables first.
    page->statusFilter()->setCurrentIndex(0);
    REQUIRE(page->list()->select(QStringLiteral("proposal-relationship-people-company")));
    CHECK_FALSE(step(*page, &ui::ProposalsPage::approveSelected));
    CHECK(page->statusText().contains(QStringLiteral("first")));
}
