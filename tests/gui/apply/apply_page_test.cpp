#include "gui/apply/apply_fixture.h"
#include "gui/gui_test_support.h"

#include "ui/apply/apply_log.h"
#include "ui/apply/breaking_confirmation.h"
#include "ui/apply/duration_chart.h"
#include "ui/apply/ledger_table.h"
#include "ui/apply/script_operation_list.h"
#include "ui/plan/plan_page.h"
#include "ui/shell/workspace.h"

#include <catch2/catch.hpp>

#include <QBarSet>
#include <QChart>
#include <QFileInfo>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTest>

using namespace ss;
using namespace ss::test;

namespace {

const QStringList kDemoTables = {QStringLiteral("dim_company"), QStringLiteral("dim_date"), QStringLiteral("fact_loan_payments")};

bool hasAll(const QStringList& tables, const QStringList& wanted)
{
    for (const QString& table : wanted) {
        if (!tables.contains(table)) return false;
    }
    return true;
}

QByteArray withoutRegion(const QString& specPath)
{
    // dim_company's region, its index with it; dim_branch has a region of its own, which stays.
    QByteArray text = readText(specPath);
    const QByteArray column = "        - {name: region, type: VARCHAR(40), nullable: false}\n";
    const qsizetype at = text.indexOf(column, text.indexOf("- name: dim_company"));
    REQUIRE(at > 0);
    text.remove(at, column.size());
    const QByteArray index = "        - {name: ix_dim_company_region, columns: [region]}\n";
    REQUIRE(text.contains(index));
    text.replace(index, "");
    return text;
}

}  // namespace

TEST_CASE("applying the demo spec to a new SQLite database streams a log row per statement and records it", "[gui][apply]")
{
    ApplyFixture fixture;
    ui::ApplyPage& page = *fixture.page;
    REQUIRE(page.preview().newDatabase);
    REQUIRE(page.preview().build.script);
    const auto& script = *page.preview().build.script;
    const int statements = static_cast<int>(script.statements.size());
    REQUIRE(statements > 10);
    CHECK(page.operations()->topLevelItemCount() == static_cast<int>(script.operations.size()));
    CHECK(page.summaryText().contains(QStringLiteral("the file is created by the apply")));
    CHECK_FALSE(QFileInfo::exists(fixture.databasePath()));  // looking never creates the file
    CHECK(page.ledger()->rowCount() == 0);

    fixture.applyAndWait();

    CHECK(page.outcomeText().startsWith(QStringLiteral("Applied: ")));
    const QList<QTreeWidgetItem*> rows = page.log()->statementRows();
    REQUIRE(rows.size() == statements);
    for (int i = 0; i < rows.size(); ++i) {
        CHECK(rows[i]->text(ui::ApplyLog::NumberColumn) == QStringLiteral("%1/%2").arg(i + 1).arg(statements));
        CHECK(rows[i]->text(ui::ApplyLog::StatusColumn) == QStringLiteral("applied"));
        CHECK(rows[i]->text(ui::ApplyLog::DurationColumn).endsWith(QStringLiteral(" ms")));
        CHECK_FALSE(rows[i]->text(ui::ApplyLog::StatementColumn).isEmpty());
    }
    CHECK(page.progress()->value() == statements);
    CHECK(page.progress()->maximum() == statements);

    REQUIRE(page.ledger()->rowCount() == 1);
    CHECK(page.ledger()->item(0, ui::LedgerTable::StatusColumn)->text() == QStringLiteral("applied"));
    CHECK(page.ledger()->item(0, ui::LedgerTable::IdColumn)->text().startsWith(QStringLiteral("loan_risk-")));
    CHECK(page.ledger()->item(0, ui::LedgerTable::VersionsColumn)->text() == QStringLiteral("— → 1.2.0"));
    CHECK(page.chart()->shown().size() == 1);
    REQUIRE(page.chart()->chart()->series().size() == 1);
    auto* bars = qobject_cast<QStackedBarSeries*>(page.chart()->chart()->series().front());
    REQUIRE(bars);
    CHECK(bars->barSets().front()->count() == 1);

    // The database holds the spec now: nothing is left to apply.
    CHECK(page.preview().build.script->statements.empty());
    CHECK(page.summaryText().contains(QStringLiteral("nothing to apply")));
    CHECK_FALSE(page.applyButton()->isEnabled());
    SqliteFile db(fixture.databasePath());
    CHECK(hasAll(db.tables(), kDemoTables));
    CHECK(db.tables().contains(QStringLiteral("dbx_migrations")));
}

TEST_CASE("a dropped column asks first, naming it: refusing changes nothing, confirming backs up and applies", "[gui][apply]")
{
    ApplyFixture fixture;
    ui::ApplyPage& page = *fixture.page;
    fixture.applyAndWait();
    REQUIRE(page.outcomeText().startsWith(QStringLiteral("Applied: ")));

    fixture.editSpec(withoutRegion(fixture.specPath(QStringLiteral("loan_risk.yml"))));
    INFO(page.statusText().toStdString());
    REQUIRE(page.preview().build.script);
    REQUIRE(page.preview().build.script->highRiskOperations().size() == 1);

    page.apply();
    ui::BreakingConfirmation* dialog = page.confirmation();
    REQUIRE(dialog);
    CHECK(dialog->text().contains(QStringLiteral("drop column dim_company.region")));
    CHECK(dialog->text().contains(QStringLiteral("DS102")));
    CHECK(dialog->expectedName() == QStringLiteral("local.sqlite"));
    CHECK_FALSE(dialog->applyButton()->isEnabled());
    dialog->nameEdit()->setText(QStringLiteral("local.sqlit"));
    CHECK_FALSE(dialog->applyButton()->isEnabled());
    CHECK_FALSE(page.applyButton()->isEnabled());  // one confirmation at a time
    dialog->reject();
    REQUIRE(waitIdle(page));
    CHECK(page.outcomeText().startsWith(QStringLiteral("Not applied: you declined 1 high-risk change.")));
    {
        SqliteFile db(fixture.databasePath());
        CHECK(db.columns(QStringLiteral("dim_company")).contains(QStringLiteral("region")));
    }
    CHECK(page.ledger()->rowCount() == 1);

    fixture.applyAndWait(true);
    CHECK(page.outcomeText().startsWith(QStringLiteral("Applied: ")));
    REQUIRE(page.ledger()->rowCount() == 2);
    const QString backup = page.ledger()->item(0, ui::LedgerTable::BackupColumn)->text();
    REQUIRE_FALSE(backup.isEmpty());
    CHECK(QFileInfo::exists(backup));
    CHECK(page.outcomeText().count(backup) == 1);  // named once, not again below the summary
    SqliteFile db(fixture.databasePath());
    CHECK_FALSE(db.columns(QStringLiteral("dim_company")).contains(QStringLiteral("region")));
    SqliteFile saved(backup);
    CHECK(saved.columns(QStringLiteral("dim_company")).contains(QStringLiteral("region")));
}

TEST_CASE("cancelling at a statement rolls the whole migration back", "[gui][apply]")
{
    ApplyFixture fixture;
    ui::ApplyPage& page = *fixture.page;
    constexpr int kCancelAt = 4;
    // Runs on the applying thread, before the engine goes on: the cancel lands at exactly this statement.
    QObject::connect(page.runner(), &ui::ApplyRunner::statementProgress, page.runner(),
                     [&page](const StatementProgress& progress) {
                         if (progress.index == kCancelAt && progress.status == StatementStatus::Running) page.runner()->cancel();
                     },
                     Qt::DirectConnection);

    fixture.applyAndWait();

    CHECK(page.outcomeText().startsWith(QStringLiteral("Cancelled: ")));
    const QList<QTreeWidgetItem*> rows = page.log()->statementRows();
    REQUIRE(rows.size() >= kCancelAt);
    CHECK(rows.size() <= kCancelAt + 1);
    SqliteFile db(fixture.databasePath());
    for (const QString& table : db.tables()) CHECK(table.startsWith(QStringLiteral("dbx_")));
    // Still everything to do, and it can be done.
    CHECK(page.preview().build.script->statements.size() > static_cast<std::size_t>(kCancelAt));
    CHECK(page.applyButton()->isEnabled());
}

TEST_CASE("a migration file exported by the Plan page is offered, applied, and a no-op the second time", "[gui][apply]")
{
    ApplyFixture fixture;
    const int planIndex = fixture.pageIndex(ui::PlanPage::staticMetaObject);
    auto* plan = qobject_cast<ui::PlanPage*>(fixture.window->pages()[static_cast<std::size_t>(planIndex)]);
    fixture.window->showPage(planIndex);
    plan->setSources({ui::SpecSource::Kind::EmptySchema, {}},
                     {ui::SpecSource::Kind::File, fixture.specPath(QStringLiteral("current.yml"))});
    REQUIRE(QTest::qWaitFor([plan] { return !plan->isBusy(); }, 30000));
    REQUIRE(plan->plan());
    const QString file = QString::fromStdString(fixture.window->workspace().project().migrationsDir()) +
                         QStringLiteral("/20250101000000_current.sql");
    REQUIRE(plan->exportMigration(file, true).isEmpty());

    fixture.showApplyPage();
    ui::ApplyPage& page = *fixture.page;
    page.setSource({ui::ApplySource::Kind::MigrationFile, file});
    REQUIRE(waitIdle(page));
    REQUIRE(page.source() == ui::ApplySource{ui::ApplySource::Kind::MigrationFile, file});
    REQUIRE(page.preview().build.script);
    CHECK(page.preview().build.script->id == "20250101000000_current");
    CHECK(page.operations()->topLevelItemCount() == static_cast<int>(plan->plan()->operations.size()));

    fixture.applyAndWait();
    CHECK(page.outcomeText().startsWith(QStringLiteral("Applied: ")));
    REQUIRE(page.ledger()->rowCount() == 1);
    CHECK(page.ledger()->item(0, ui::LedgerTable::IdColumn)->text() == QStringLiteral("20250101000000_current"));
    CHECK(page.statusText().contains(QStringLiteral("Already applied")));

    fixture.applyAndWait();
    CHECK(page.outcomeText().startsWith(QStringLiteral("No change: ")));
    CHECK(page.ledger()->rowCount() == 1);
}
