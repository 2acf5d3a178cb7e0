#include "gui/apply/apply_fixture.h"
#include "gui/gui_test_support.h"

#include "ui/plan/operation_list.h"
#include "ui/plan/plan_page.h"
#include "ui/shell/drift_banner.h"
#include "ui/shell/drift_monitor.h"
#include "ui/shell/workspace.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

#include <algorithm>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ss;
using namespace ss::test;

namespace {

ui::PlanPage& planPage(ApplyFixture& fixture)
{
    const int index = fixture.pageIndex(ui::PlanPage::staticMetaObject);
    fixture.window->showPage(index);
    return *qobject_cast<ui::PlanPage*>(fixture.window->pages()[static_cast<std::size_t>(index)]);
}

bool waitForPlan(ui::PlanPage& page)
{
    return QTest::qWaitFor([&page] { return !page.isBusy(); }, 30000);
}

// Checks again, as the Database menu's Check for Drift does, and waits for the answer.
void checkDrift(ui::MainWindow& window)
{
    QSignalSpy checked(window.driftMonitor(), &ui::DriftMonitor::checked);
    window.driftMonitor()->check();
    REQUIRE((checked.count() > 0 || checked.wait(30000)));
}

}  // namespace

TEST_CASE("the live database as the Plan page's current side has no operations right after applying the same spec", "[gui][apply][plan]")
{
    ApplyFixture fixture;
    ui::PlanPage& plan = planPage(fixture);
    plan.setSources({ui::SpecSource::Kind::LiveDatabase, {}}, {ui::SpecSource::Kind::DesignSpec, {}});
    REQUIRE(waitForPlan(plan));
    CHECK_FALSE(plan.plan());  // no database file yet: nothing to inspect, and the page says so
    CHECK(plan.statusText().contains(QStringLiteral("does not exist")));
    CHECK(plan.currentPicker()->currentText() == QStringLiteral("Live: sqlite://") + fixture.databasePath());

    fixture.showApplyPage();
    fixture.applyAndWait();
    REQUIRE(fixture.page->outcomeText().startsWith(QStringLiteral("Applied: ")));

    planPage(fixture);
    REQUIRE(waitForPlan(plan));
    REQUIRE(plan.plan());
    INFO(plan.summaryText().toStdString());
    INFO(plan.statusText().toStdString());
    CHECK(plan.plan()->empty());
    CHECK(plan.summaryText().startsWith(QStringLiteral("No changes")));
    CHECK(plan.dialect() == Dialect::Sqlite);

    // The live side follows the database: a column added behind the application's back shows as a drop.
    {
        SqliteFile db(fixture.databasePath());
        db.exec(QStringLiteral("ALTER TABLE dim_company ADD COLUMN legacy_code TEXT"));
    }
    plan.setSources({ui::SpecSource::Kind::LiveDatabase, {}}, {ui::SpecSource::Kind::DesignSpec, {}});
    REQUIRE(waitForPlan(plan));
    REQUIRE(plan.plan());
    // The drop, with the view that reads the table dropped before it and recreated after it.
    const std::vector<Operation>& ops = plan.plan()->operations;
    REQUIRE(std::count_if(ops.begin(), ops.end(), [](const Operation& op) { return !op.dependencyRebuild; }) == 1);
    const auto drop = std::find_if(ops.begin(), ops.end(), [](const Operation& op) { return op.kind == OpKind::DropColumn; });
    REQUIRE(drop != ops.end());
    CHECK(drop->describe() == "drop column dim_company.legacy_code TEXT");
}

TEST_CASE("the drift banner appears when the database changes behind the application's back and goes after re-sync", "[gui][apply][drift]")
{
    ApplyFixture fixture(QStringLiteral("current.yml"));
    ui::MainWindow& window = *fixture.window;
    ui::DriftBanner& banner = *window.driftBanner();
    CHECK(banner.isHidden());  // no database yet: nothing to compare

    fixture.applyAndWait();
    REQUIRE(fixture.page->outcomeText().startsWith(QStringLiteral("Applied: ")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.driftMonitor()->isChecking(), 30000);
    REQUIRE(window.driftMonitor()->latest().checked);
    CHECK(window.driftMonitor()->latest().differences == 0);
    CHECK(banner.isHidden());

    {
        SqliteFile db(fixture.databasePath());
        db.exec(QStringLiteral("CREATE TABLE scratch (id INTEGER PRIMARY KEY, note TEXT)"));
    }
    checkDrift(window);
    CHECK(banner.isVisible());
    CHECK(banner.text() == QStringLiteral("The live database has drifted from current.yml: 1 difference"));

    banner.reviewButton()->click();
    const int planIndex = fixture.pageIndex(ui::PlanPage::staticMetaObject);
    CHECK(window.currentPageIndex() == planIndex);
    auto& plan = *qobject_cast<ui::PlanPage*>(window.pages()[static_cast<std::size_t>(planIndex)]);
    REQUIRE(waitForPlan(plan));
    CHECK(plan.currentSource().kind == ui::SpecSource::Kind::LiveDatabase);
    CHECK(plan.targetSource() == ui::SpecSource{ui::SpecSource::Kind::File, fixture.specPath(QStringLiteral("current.yml"))});
    REQUIRE(plan.plan());
    REQUIRE(plan.operations()->topLevelItemCount() == 1);
    CHECK(plan.operations()->topLevelItem(0)->text(ui::OperationList::OperationColumn) == QStringLiteral("drop table"));

    // Re-sync: apply current.yml again, which drops the stray table after the confirmation.
    fixture.showApplyPage();
    REQUIRE(fixture.page->preview().build.script);
    REQUIRE(fixture.page->preview().build.script->statements.size() > 0);
    fixture.applyAndWait(true);
    REQUIRE(fixture.page->outcomeText().startsWith(QStringLiteral("Applied: ")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.driftMonitor()->isChecking(), 30000);
    CHECK(window.driftMonitor()->latest().differences == 0);
    CHECK(banner.isHidden());
}

TEST_CASE("Inspect to YAML writes the live schema as a spec and opens it in the Design page", "[gui][apply][inspect]")
{
    ApplyFixture fixture;
    fixture.applyAndWait();
    ui::MainWindow& window = *fixture.window;
    const QString path = fixture.specPath(QStringLiteral("inspected.yml"));
    QSignalSpy inspected(&window, &ui::MainWindow::inspected);
    window.inspectToFile(path);
    REQUIRE((inspected.count() > 0 || inspected.wait(30000)));
    CHECK(inspected.front().at(1).toString().isEmpty());
    CHECK(window.workspace().specPath() == path);
    CHECK(window.currentPageIndex() == fixture.pageIndex(ui::DesignPage::staticMetaObject));
    const QByteArray text = readText(path);
    CHECK(text.contains("name: dim_company"));
    CHECK(text.contains("name: fact_loan_payments"));
    CHECK_FALSE(text.contains("dbx_migrations"));
    REQUIRE(waitForValidation(*window.designPage()));
    CHECK(window.designPage()->statusText().startsWith(QStringLiteral("0 errors")));

    // The inspected spec planned against the same database changes nothing.
    ui::PlanPage& plan = planPage(fixture);
    plan.setSources({ui::SpecSource::Kind::LiveDatabase, {}}, {ui::SpecSource::Kind::File, path});
    REQUIRE(waitForPlan(plan));
    REQUIRE(plan.plan());
    CHECK(plan.plan()->empty());
}

TEST_CASE("after the next release is applied, current.yml can be made that spec, and the drift banner goes", "[gui][apply][drift]")
{
    ApplyFixture fixture(QStringLiteral("current.yml"));
    ui::MainWindow& window = *fixture.window;
    fixture.applyAndWait();
    CHECK(fixture.page->recordCurrentButton()->isHidden());  // current.yml itself was applied

    REQUIRE(window.openSpec(fixture.specPath(QStringLiteral("loan_risk.yml"))).isEmpty());
    REQUIRE(waitForValidation(*window.designPage()));
    fixture.showApplyPage();
    fixture.applyAndWait(true);
    REQUIRE(fixture.page->outcomeText().startsWith(QStringLiteral("Applied: ")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.driftMonitor()->isChecking(), 30000);
    CHECK(window.driftMonitor()->latest().differences > 0);  // the database is ahead of current.yml
    CHECK(window.driftBanner()->isVisible());
    REQUIRE(fixture.page->recordCurrentButton()->isVisible());

    fixture.page->recordCurrentButton()->click();
    CHECK(readText(fixture.specPath(QStringLiteral("current.yml"))) == readText(fixture.specPath(QStringLiteral("loan_risk.yml"))));
    CHECK(fixture.page->recordCurrentButton()->isHidden());
    CHECK(fixture.page->statusText().contains(QStringLiteral("now holds what was applied")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.driftMonitor()->isChecking(), 30000);
    CHECK(window.driftMonitor()->latest().differences == 0);
    CHECK(window.driftBanner()->isHidden());
}
