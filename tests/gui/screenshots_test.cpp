#include "gui/gui_test_support.h"

#include "ui/seed/result_charts.h"
#include "ui/seed/seed_page.h"
#include "ui/shell/main_window.h"
#include "ui/shell/page.h"
#include "ui/shell/screenshots.h"
#include "ui/shell/startup.h"
#include "ui/shell/workspace.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QLocale>
#include <QProcess>
#include <QProcessEnvironment>

using namespace ss;
using namespace ss::test;

namespace {

QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) env.remove(QLatin1String(name));
    return env;
}

}  // namespace

TEST_CASE("the demo project opens on loan_risk.yml and validates cleanly", "[gui][screenshots]")
{
    isolateSettings();
    ui::MainWindow window;
    REQUIRE(ui::openDemoProject(window).isEmpty());
    CHECK(window.workspace().specPath().endsWith(QStringLiteral("/loan_risk.yml")));
    REQUIRE(waitForValidation(*window.designPage()));
    CHECK(window.designPage()->statusText().startsWith(QStringLiteral("Valid")));
}

TEST_CASE("captureScreenshots saves one picture per page of the window", "[gui][screenshots]")
{
    isolateSettings();
    ui::MainWindow window;
    REQUIRE(ui::openDemoProject(window).isEmpty());
    QTemporaryDir out;
    QStringList written;
    REQUIRE(ui::captureScreenshots(window, out.path(), &written).isEmpty());
    REQUIRE(written.size() == static_cast<int>(window.pages().size()) + 1);
    CHECK(QFileInfo(written.last()).fileName() == QStringLiteral("01-design-draft.png"));
    CHECK(QImage(written.last()).size() == ui::kScreenshotSize);
    CHECK_FALSE(window.designPage()->isReviewingDraft());
    for (std::size_t i = 0; i < window.pages().size(); ++i) {
        const ui::Page& page = *window.pages()[i];
        const QString expected = QStringLiteral("%1-%2.png").arg(static_cast<int>(page.stage()), 2, 10, QLatin1Char('0')).arg(page.title().toLower());
        CHECK(QFileInfo(written[static_cast<int>(i)]).fileName() == expected);
        const QImage image(written[static_cast<int>(i)]);
        CHECK(image.size() == ui::kScreenshotSize);
    }
}

TEST_CASE("schema-studio --screenshots works without a display and writes a non-empty PNG per page", "[gui][screenshots]")
{
    QTemporaryDir out;
    QProcess studio;
    studio.setProcessEnvironment(withoutDisplay());
    studio.start(QStringLiteral(SS_STUDIO_PATH), {QStringLiteral("--screenshots"), out.path()});
    REQUIRE(studio.waitForFinished(60000));
    INFO(studio.readAllStandardError().toStdString());
    REQUIRE(studio.exitStatus() == QProcess::NormalExit);
    CHECK(studio.exitCode() == 0);
    const QFileInfoList shots = QDir(out.path()).entryInfoList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    CHECK(shots.size() == static_cast<int>(ui::MainWindow().pages().size()) + 1);  // and the draft under review
    for (const QFileInfo& shot : shots) {
        CHECK(shot.size() > 10000);
        CHECK_FALSE(QImage(shot.filePath()).isNull());
    }
}

TEST_CASE("the screenshot walk works on a copy of the demo and seeds it on the way, leaving the demo untouched", "[gui][screenshots]")
{
    isolateSettings();
    const QFileInfo demoDatabase(ui::demoProjectDir() + QStringLiteral("/local.sqlite"));
    const QDateTime demoDatabaseBefore = demoDatabase.exists() ? demoDatabase.lastModified() : QDateTime();
    ui::MainWindow window;
    QTemporaryDir scratch;
    const QDir copy(scratch.filePath(QStringLiteral("demo")));
    REQUIRE(ui::openDemoCopy(window, copy.path()).isEmpty());
    CHECK(QFileInfo::exists(copy.filePath(QStringLiteral("seeding_profiles/loan_risk.yml"))));
    QTemporaryDir out;
    REQUIRE(ui::captureScreenshots(window, out.path(), nullptr, true).isEmpty());
    ui::SeedPage* seed = nullptr;
    for (ui::Page* page : window.pages())
        if (auto* s = qobject_cast<ui::SeedPage*>(page)) seed = s;
    REQUIRE(seed);
    INFO(seed->statusText().toStdString());
    CHECK(seed->statusText().contains(QStringLiteral("Seeded %1 rows into").arg(QLocale().toString(87330))));
    CHECK(seed->statusText().contains(copy.filePath(QStringLiteral("local.sqlite"))));
    REQUIRE_FALSE(seed->charts()->charts().empty());
    CHECK(QFileInfo::exists(copy.filePath(QStringLiteral("local.sqlite"))));
    const QFileInfo demoDatabaseAfter(demoDatabase.filePath());
    CHECK(demoDatabaseAfter.exists() == demoDatabase.exists());
    CHECK((demoDatabaseAfter.exists() ? demoDatabaseAfter.lastModified() : QDateTime()) == demoDatabaseBefore);
}

TEST_CASE("schema-studio without a display says so, points to dbx validate and exits 2", "[gui][screenshots]")
{
    QProcess studio;
    studio.setProcessEnvironment(withoutDisplay());
    studio.start(QStringLiteral(SS_STUDIO_PATH), QStringList());
    REQUIRE(studio.waitForFinished(30000));
    CHECK(studio.exitCode() == 2);
    const QString message = QString::fromLocal8Bit(studio.readAllStandardError());
    CHECK(message.contains(QStringLiteral("no display")));
    CHECK(message.contains(QStringLiteral("dbx validate")));
    CHECK(message.contains(QStringLiteral("loan_risk.yml")));
}

TEST_CASE("schema-studio refuses unknown options with exit 2", "[gui][screenshots]")
{
    QProcess studio;
    studio.start(QStringLiteral(SS_STUDIO_PATH), {QStringLiteral("--frobnicate")});
    REQUIRE(studio.waitForFinished(30000));
    CHECK(studio.exitCode() == 2);
    CHECK(QString::fromLocal8Bit(studio.readAllStandardError()).contains(QStringLiteral("frobnicate")));
}
