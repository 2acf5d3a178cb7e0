#include "gui/gui_test_support.h"

#include "core/db/run_log.h"
#include "ui/metrics/metrics_page.h"
#include "ui/metrics/run_charts.h"
#include "ui/shell/workspace.h"

#include <catch2/catch.hpp>

#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTableWidget>

using namespace ss;
using namespace ss::test;

namespace {

ui::MetricsPage* metricsPageOf(ui::MainWindow& window, int& index)
{
    for (std::size_t i = 0; i < window.pages().size(); ++i)
        if (auto* page = qobject_cast<ui::MetricsPage*>(window.pages()[i])) {
            index = static_cast<int>(i);
            return page;
        }
    return nullptr;
}

RunRecord run(const char* kind, const char* startedAt, std::int64_t ms)
{
    RunRecord r;
    r.kind = kind;
    r.status = "finished";
    r.startedAt = startedAt;
    r.durationMs = ms;
    return r;
}

}  // namespace

TEST_CASE("the Metrics page charts and lists the active database's run log, filtered by phase and outcome", "[gui][metrics]")
{
    WindowOnSpec fixture(validSpec());
    REQUIRE(waitForValidation(fixture.design()));
    const QString file = QString::fromStdString(fixture.window->workspace().activeDatabase().resolved.path);
    QFile::remove(file);
    QDir().mkpath(QFileInfo(file).absolutePath());
    {
        DatabaseConnection db;
        OpenOptions options;
        options.createFile = true;
        REQUIRE(openDatabase(db, "sqlite://" + file.toStdString(), {}, options).empty());
        RunRecord design = run("design", "2026-12-05T07:00:00.000Z", 2400);
        design.model = "llama3.1";
        design.tokensIn = 1200;
        design.tokensOut = 640;
        REQUIRE(recordFinishedRun(db, design).empty());
        REQUIRE(recordFinishedRun(db, run("apply", "2026-12-05T07:05:00.000Z", 310)).empty());
        RunRecord seed = run("seed", "2026-12-05T07:06:00.000Z", 1800);
        seed.rows = 87330;
        seed.rowsPerSecond = 48516;
        REQUIRE(recordFinishedRun(db, seed).empty());
        RunRecord failed = run("apply", "2026-12-05T07:09:00.000Z", 20);
        failed.status = "failed";
        REQUIRE(recordFinishedRun(db, failed).empty());
    }

    int index = -1;
    ui::MetricsPage* page = metricsPageOf(*fixture.window, index);
    REQUIRE(page);
    QSignalSpy refreshed(page, &ui::MetricsPage::refreshed);
    fixture.window->show();
    fixture.window->showPage(index);
    REQUIRE((refreshed.count() > 0 || refreshed.wait(10000)));
    QTableWidget& table = *page->table();
    CHECK(table.rowCount() == 4);
    CHECK(page->statusText().startsWith(QStringLiteral("4 runs of 4")));
    CHECK_FALSE(page->charts()->durations()->chart()->series().isEmpty());
    CHECK(page->charts()->throughput()->chart()->series().size() == 1);
    CHECK(page->charts()->tokens()->chart()->series().size() == 1);

    page->phaseFilter()->setCurrentIndex(page->phaseFilter()->findData(QStringLiteral("apply")));
    CHECK(table.rowCount() == 2);
    page->statusFilter()->setCurrentIndex(page->statusFilter()->findData(QStringLiteral("failed")));
    REQUIRE(table.rowCount() == 1);
    CHECK(table.item(0, 2)->text() == QStringLiteral("failed"));
    CHECK(page->charts()->tokens()->chart()->series().isEmpty());

    // A run logged by another page shows without a reload.
    page->phaseFilter()->setCurrentIndex(0);
    page->statusFilter()->setCurrentIndex(0);
    {
        DatabaseConnection db;
        REQUIRE(openDatabase(db, "sqlite://" + file.toStdString()).empty());
        REQUIRE(recordFinishedRun(db, run("design", "2026-12-05T07:10:00.000Z", 5)).empty());
    }
    refreshed.clear();
    fixture.window->workspace().notifyRunLogged();
    REQUIRE((refreshed.count() > 0 || refreshed.wait(10000)));
    CHECK(table.rowCount() == 5);
}

TEST_CASE("the Metrics page says so when nothing has been logged yet", "[gui][metrics]")
{
    WindowOnSpec fixture(validSpec());
    REQUIRE(waitForValidation(fixture.design()));
    QFile::remove(QString::fromStdString(fixture.window->workspace().activeDatabase().resolved.path));
    int index = -1;
    ui::MetricsPage* page = metricsPageOf(*fixture.window, index);
    REQUIRE(page);
    QSignalSpy refreshed(page, &ui::MetricsPage::refreshed);
    fixture.window->show();
    fixture.window->showPage(index);
    REQUIRE((refreshed.count() > 0 || refreshed.wait(10000)));
    CHECK(page->table()->rowCount() == 0);
    CHECK(page->statusText().startsWith(QStringLiteral("No runs logged")));
}
