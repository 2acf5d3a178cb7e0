#include "gui/gui_test_support.h"

#include "core/project/project_folder.h"
#include "core/spec/yaml_loader.h"
#include "ui/seed/profile_form.h"
#include "ui/seed/progress_panel.h"
#include "ui/seed/result_charts.h"
#include "ui/seed/seed_page.h"
#include "ui/seed/seed_runner.h"
#include "ui/shell/workspace.h"
#include "ui/widgets/code_editor.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace ss;

namespace {

// A project with dbx.yml (a SQLite file inside it as the default environment) holding the demo's current.yml.
struct SeedProject {
    QTemporaryDir dir;
    ui::Workspace workspace;

    SeedProject()
    {
        test::isolateSettings();
        REQUIRE(createProject(dir.path().toStdString(), "Seed test").empty());
        const QString spec = dir.filePath(QStringLiteral("schema_specs/current.yml"));
        QFile::remove(spec);
        REQUIRE(QFile::copy(QStringLiteral(SS_SOURCE_DIR "/schema_specs/current.yml"), spec));
        REQUIRE(workspace.openProject(dir.path()).isEmpty());
        LoadResult loaded = loadSchemaFile(spec.toStdString());
        REQUIRE(loaded.ok());
        workspace.setSpecPath(spec);
        workspace.setModel(std::make_shared<const SchemaModel>(std::move(loaded.model)), {});
    }
};

bool idle(ui::SeedPage& page)
{
    return QTest::qWaitFor([&page] { return !page.isBusy(); }, 20000);
}

int rowOf(QTableWidget* table, const QString& name)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == name)
            return r;
    return -1;
}

}  // namespace

TEST_CASE("the Seed page seeds a project's SQLite database and charts what it generated", "[gui][seed]")
{
    SeedProject project;
    ui::SeedPage page(project.workspace);
    page.resize(1400, 900);
    page.show();
    REQUIRE(idle(page));
    CHECK(page.database().environment == QStringLiteral("local"));
    CHECK(page.database().displayUrl() == "sqlite://" + project.dir.filePath(QStringLiteral("local.sqlite")));
    CHECK(page.form()->tables()->rowCount() == 6);
    CHECK(page.editor()->utf8Text().find("dim_date") != std::string::npos);  // the inferred profile, written out
    QTRY_VERIFY(page.schemaText().contains("does not exist yet"));
    REQUIRE(page.seedButton()->isEnabled());

    // Every status a table shows on its way, as the panel words it: the phases after the rows included.
    auto* runner = page.findChild<ui::SeedRunner*>();
    REQUIRE(runner);
    std::vector<QString> statuses;
    QObject::connect(runner, &ui::SeedRunner::progress, &page, [&page, &statuses](const seed::TableProgress& p) {
        const QString status = page.progressPanel()->tables()->topLevelItem(static_cast<int>(p.table))->text(ui::ProgressPanel::StatusColumn);
        if (p.table == 5 && (statuses.empty() || statuses.back() != status))
            statuses.push_back(status);
    });
    QSignalSpy finished(&page, &ui::SeedPage::seedingFinished);
    REQUIRE(page.startSeeding());
    CHECK(page.cancelButton()->isEnabled());
    REQUIRE(finished.wait(30000));
    CHECK(std::find(statuses.begin(), statuses.end(), QStringLiteral("building indexes")) != statuses.end());
    CHECK(std::find(statuses.begin(), statuses.end(), QStringLiteral("checking constraints")) != statuses.end());
    CHECK(statuses.back() == QStringLiteral("committed"));
    INFO(page.statusText().toStdString());
    CHECK(page.statusText().startsWith("Created the schema ("));
    CHECK(page.statusText().contains(QStringLiteral("Seeded %1 rows into").arg(QLocale().toString(22492))));
    for (int t = 0; t < 6; ++t)
        CHECK(page.progressPanel()->percentDone(t) == 100);
    CHECK(page.progressPanel()->tables()->topLevelItem(0)->text(ui::ProgressPanel::StatusColumn) == "loaded");

    // The fact table is shown first: a chart per column with data, and a report row per column.
    ui::ResultCharts* charts = page.charts();
    CHECK(charts->tableChooser()->count() == 6);
    CHECK(charts->tableChooser()->currentText().startsWith("fact_loan_originations"));
    REQUIRE_FALSE(charts->charts().empty());
    for (QChartView* view : charts->charts()) {
        INFO(view->objectName().toStdString());
        REQUIRE_FALSE(view->chart()->series().isEmpty());
    }
    CHECK(charts->reportTable()->rowCount() > 5);
    charts->tableChooser()->setCurrentIndex(0);
    CHECK(charts->reportTable()->item(0, 0)->text() == "date_key");
    bool line = false;
    for (QChartView* view : charts->charts())
        line = line || view->chart()->series().front()->type() == QAbstractSeries::SeriesTypeLine;
    CHECK(line);  // dim_date's full_date over time

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed_page_check"));
        db.setDatabaseName(project.dir.filePath(QStringLiteral("local.sqlite")));
        REQUIRE(db.open());
        QSqlQuery runs(db);
        REQUIRE(runs.exec("SELECT status, phase FROM dbx_runs WHERE kind = 'seed'"));
        REQUIRE(runs.next());
        CHECK(runs.value(0).toString() == "finished");
        CHECK(runs.value(1).toString() == "done");
        QSqlQuery count(db);
        REQUIRE(count.exec("SELECT COUNT(*) FROM fact_loan_payments"));
        REQUIRE(count.next());
        CHECK(count.value(0).toInt() == 10000);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("seed_page_check"));
    QTRY_VERIFY(page.schemaText().contains("hold rows"));
}

TEST_CASE("rows edited in the Seed page's form are written into the profile text", "[gui][seed]")
{
    SeedProject project;
    ui::SeedPage page(project.workspace);
    page.show();
    REQUIRE(idle(page));
    QTableWidget* tables = page.form()->tables();
    const int branch = rowOf(tables, "dim_branch");
    REQUIRE(branch >= 0);
    tables->item(branch, ui::ProfileForm::TableRows)->setText("7");
    REQUIRE(idle(page));
    CHECK(page.editor()->utf8Text().find("rows: 7") != std::string::npos);
    CHECK(tables->item(rowOf(tables, "dim_branch"), ui::ProfileForm::TableRows)->text() == "7");
    CHECK(page.statusText().startsWith(QStringLiteral("Profile valid: 6 tables, %1 rows").arg(QLocale().toString(22399))));
    page.editor()->undo();
    REQUIRE(idle(page));
    CHECK(tables->item(rowOf(tables, "dim_branch"), ui::ProfileForm::TableRows)->text() == "100");
}

TEST_CASE("a folder of specs without dbx.yml seeds a SQLite file in the user's data folder, and says so", "[gui][seed]")
{
    QTemporaryDir dir;
    Project bare;
    REQUIRE(loadProject(dir.path().toStdString(), bare).empty());
    const ui::ActiveDatabase target = ui::defaultActiveDatabase(bare);
    CHECK(target.isUsable());
    CHECK(target.dialect() == Dialect::Sqlite);
    CHECK(target.displayUrl().endsWith(".sqlite"));
    CHECK_FALSE(target.displayUrl().contains(dir.path()));
    CHECK(target.note.contains("has no dbx.yml"));
}

TEST_CASE("Cancel on the Seed page stops the run, keeps finished tables and logs the cancellation", "[gui][seed]")
{
    SeedProject project;
    ui::SeedPage page(project.workspace);
    page.show();
    REQUIRE(idle(page));
    // Two million companies take far longer to load than their first progress report takes to come back, so the
    // cancel lands while dim_company is in progress.
    QTableWidget* form = page.form()->tables();
    form->item(rowOf(form, "dim_company"), ui::ProfileForm::TableRows)->setText("2000000");
    REQUIRE(idle(page));
    auto* runner = page.findChild<ui::SeedRunner*>();
    REQUIRE(runner);
    QObject::connect(runner, &ui::SeedRunner::progress, &page, [&page](const seed::TableProgress& p) {
        if (p.table == 1)
            page.cancelSeeding();
    });
    QSignalSpy finished(&page, &ui::SeedPage::seedingFinished);
    INFO(page.statusText().toStdString());
    REQUIRE(page.startSeeding());
    REQUIRE(finished.wait(60000));
    INFO(page.statusText().toStdString());
    CHECK(page.statusText().contains("cancelled while loading dim_company ("));
    CHECK(page.statusText().contains("dim_date stays loaded"));
    QTreeWidget* tables = page.progressPanel()->tables();
    CHECK(tables->topLevelItem(0)->text(ui::ProgressPanel::StatusColumn) == "loaded");
    CHECK(tables->topLevelItem(1)->text(ui::ProgressPanel::StatusColumn) == "rolled back");
    CHECK(tables->topLevelItem(2)->text(ui::ProgressPanel::StatusColumn) == "pending");
    QTRY_VERIFY(!page.isBusy());
    CHECK(page.seedButton()->isEnabled());
}
