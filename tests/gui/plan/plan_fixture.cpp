#include "gui/plan/plan_fixture.h"

#include "gui/gui_test_support.h"
#include "ui/shell/startup.h"

#include <QFile>
#include <QTest>

namespace ss::test {

namespace {

ui::PlanPage* showPlanPage(ui::MainWindow& window)
{
    window.resize(1400, 900);
    window.show();
    for (int i = 0; i < static_cast<int>(window.pages().size()); ++i) {
        if (auto* page = qobject_cast<ui::PlanPage*>(window.pages()[static_cast<std::size_t>(i)])) {
            REQUIRE(waitForValidation(*window.designPage()));
            window.showPage(i);
            REQUIRE(waitForPlan(*page));
            return page;
        }
    }
    FAIL("the window has no Plan page");
    return nullptr;
}

void writeFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

}  // namespace

PlanFixture::PlanFixture(const QByteArray& current, const QByteArray& target, const QByteArray& projectFile)
{
    isolateSettings();
    if (!projectFile.isEmpty()) writeFile(path(QStringLiteral("dbx.yml")), projectFile);
    writeFile(path(QStringLiteral("current.yml")), current);
    writeFile(path(QStringLiteral("target.yml")), target);
    window = std::make_unique<ui::MainWindow>();
    REQUIRE(window->openProject(dir.path(), path(QStringLiteral("target.yml"))).isEmpty());
    page = showPlanPage(*window);
}

PlanFixture::PlanFixture()
{
    isolateSettings();
    window = std::make_unique<ui::MainWindow>();
    REQUIRE(ui::openDemoProject(*window).isEmpty());
    page = showPlanPage(*window);
}

bool waitForPlan(ui::PlanPage& page)
{
    return QTest::qWaitFor([&page] { return !page.isBusy(); }, 20000);
}

}  // namespace ss::test
