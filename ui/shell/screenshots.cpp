#include "ui/shell/screenshots.h"

#include "core/project/project_copy.h"
#include "ui/apply/apply_page.h"
#include "ui/apply/breaking_confirmation.h"
#include "ui/design/design_page.h"
#include "ui/design/draft_review.h"
#include "ui/design/prompt_panel.h"
#include "ui/explore/explore_page.h"
#include "ui/proposals/proposal_list.h"
#include "ui/proposals/proposals_page.h"
#include "ui/export/export_page.h"
#include "ui/seed/seed_page.h"
#include "ui/shell/active_database.h"
#include "ui/shell/main_window.h"
#include "ui/shell/page.h"
#include "ui/shell/startup.h"
#include "ui/shell/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QListWidget>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QPixmap>
#include <QStatusBar>
#include <QTimer>

namespace ss::ui {

namespace {

// A bound for a page that never settles, not a performance target: a loaded 2-core machine seeds the demo in
// well over 20 s, and the walk must not fail for that.
constexpr int kPageTimeoutMs = 180000;

bool waitUntilIdle(Page& page)
{
    if (!page.isBusy()) return true;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&page, &Page::busyChanged, &loop, [&loop](bool busy) {
        if (!busy) loop.quit();
    });
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(kPageTimeoutMs);
    loop.exec();
    return !page.isBusy();
}

QString tr(const char* text)
{
    return QCoreApplication::translate("Screenshots", text);
}

// Runs the event loop until `signal` arrives or the page timeout passes; false on timeout.
template <class Sender, class Signal>
bool waitFor(Sender* sender, Signal signal)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(kPageTimeoutMs);
    loop.exec();
    return timeout.isActive();
}

// Applies what the Apply page shows, confirming a breaking change as a user does, by typing the database's name.
QString applyAndWait(ApplyPage& apply, const QString& what)
{
    if (!waitUntilIdle(apply)) return tr("the Apply page did not finish its preview");
    bool finished = false;
    const QMetaObject::Connection done = QObject::connect(&apply, &ApplyPage::finished, [&finished] { finished = true; });
    apply.apply();
    if (BreakingConfirmation* confirmation = apply.confirmation()) {
        confirmation->nameEdit()->setText(confirmation->expectedName());
        confirmation->applyButton()->click();
    }
    if (!finished) waitFor(&apply, &ApplyPage::finished);
    QObject::disconnect(done);
    if (!finished || !waitUntilIdle(apply)) return tr("applying %1 did not finish").arg(what);
    if (!apply.outcomeText().startsWith(QLatin1String("Applied"))) {
        return tr("applying %1 to the demo copy failed: %2").arg(what, apply.outcomeText());
    }
    return {};
}

// The Apply page and its place in the navigator, or null and -1.
ApplyPage* applyPageOf(const MainWindow& window, int* index = nullptr)
{
    for (std::size_t i = 0; i < window.pages().size(); ++i) {
        if (auto* apply = qobject_cast<ApplyPage*>(window.pages()[i])) {
            if (index) *index = static_cast<int>(i);
            return apply;
        }
    }
    return nullptr;
}

}  // namespace

namespace {

QString reviewSampleProposals(ProposalsPage& page)
{
    const auto step = [&page](void (ProposalsPage::*action)(), const QString& what) -> QString {
        (page.*action)();
        if (!waitFor(&page, &ProposalsPage::workFinished) || !waitUntilIdle(page)) return tr("%1 did not finish").arg(what);
        return {};
    };
    if (QString e = step(&ProposalsPage::addSampleEntities, tr("adding the sample entities")); !e.isEmpty()) return e;
    if (QString e = step(&ProposalsPage::analyze, tr("the analysis")); !e.isEmpty()) return e;
    if (!page.list()->select(QStringLiteral("proposal-table-companies"))) return tr("the analysis proposed no companies table: %1").arg(page.statusText());
    page.notes()->setText(tr("Matches the CRM's company records"));
    if (QString e = step(&ProposalsPage::approveSelected, tr("approving the companies table")); !e.isEmpty()) return e;
    if (!page.list()->select(QStringLiteral("proposal-table-people"))) return tr("the analysis proposed no people table");
    page.notes()->clear();
    return {};
}

}  // namespace

QString openDemoCopy(MainWindow& window, const QString& workDir, const QString& databaseUrl)
{
    const QString demo = demoProjectDir();
    if (demo.isEmpty()) return tr("the bundled demo project is missing");
    // A copy of its own, so that its database is local.sqlite in the copy, never the demo's own.
    if (const std::string error = copyProjectFiles(demo.toStdString(), workDir.toStdString()); !error.empty())
        return QString::fromStdString(error);
    const QDir copy(QDir(workDir).filePath(QStringLiteral("schema_specs")));
    if (QString error = window.openProject(workDir, copy.filePath(QStringLiteral("current.yml"))); !error.isEmpty()) return error;
    if (!databaseUrl.isEmpty()) {
        const ActiveDatabase database = activeDatabaseFor(window.workspace().project(), {}, databaseUrl);
        if (!database.isUsable()) return tr("--db %1: %2").arg(databaseUrl, database.error);
        window.workspace().setActiveDatabase(database);
    }
    window.resize(kScreenshotSize);
    window.show();
    int applyIndex = -1;
    ApplyPage* apply = applyPageOf(window, &applyIndex);
    if (!apply) return tr("the window has no Apply page");
    if (!waitUntilIdle(*window.pages().front())) return tr("the Design page did not finish validating");
    window.showPage(applyIndex);  // the page previews when shown
    if (QString error = applyAndWait(*apply, QStringLiteral("current.yml")); !error.isEmpty()) return error;
    if (QString error = window.openSpec(QDir(workDir).filePath(demoStartSpec())); !error.isEmpty()) return error;
    if (!waitUntilIdle(*window.pages().front()) || !waitUntilIdle(*apply)) return tr("the pages did not settle on loan_risk.yml");
    window.statusBar()->clearMessage();  // it names the temporary folder, which means nothing in a picture
    return {};
}

QString captureScreenshots(MainWindow& window, const QString& dir, QStringList* written, bool seedOnTheWay)
{
    if (!QDir().mkpath(dir)) return QCoreApplication::translate("Screenshots", "%1: cannot create folder").arg(dir);
    window.resize(kScreenshotSize);
    window.show();
    for (int i = 0; i < static_cast<int>(window.pages().size()); ++i) {
        Page& page = *window.pages()[static_cast<std::size_t>(i)];
        auto* seed = seedOnTheWay ? qobject_cast<SeedPage*>(&page) : nullptr;
        if (seed) {
            // The plan the Apply page showed runs first, as a user runs it before seeding the new release.
            ApplyPage* apply = applyPageOf(window);
            if (!apply) return tr("the window has no Apply page");
            if (QString error = applyAndWait(*apply, QFileInfo(window.workspace().specPath()).fileName()); !error.isEmpty()) return error;
            apply->recordAsCurrent();  // the database now holds the next release: so does current.yml
        }
        window.showPage(i);
        if (!waitUntilIdle(page)) {
            return QCoreApplication::translate("Screenshots", "the %1 page was still busy after %2 s")
                .arg(page.title())
                .arg(kPageTimeoutMs / 1000);
        }
        if (seed) {
            if (!waitUntilIdle(*seed)) return tr("the Seed page did not finish checking its database");
            if (!seed->startSeeding()) return tr("the Seed page could not start: %1").arg(seed->statusText());
            if (!waitFor(seed, &SeedPage::seedingFinished) || !waitUntilIdle(*seed)) return tr("seeding the demo copy did not finish");
        }
        // The sample entities analysed and one table approved: the picture shows proposals with their evidence.
        if (auto* proposals = seedOnTheWay ? qobject_cast<ProposalsPage*>(&page) : nullptr)
            if (QString error = reviewSampleProposals(*proposals); !error.isEmpty()) return error;
        // The first suggestion asked, as a user starts: the picture shows an answer, not an empty page.
        if (auto* explore = seedOnTheWay ? qobject_cast<ExplorePage*>(&page) : nullptr) {
            if (explore->suggestions()->count() == 0) return tr("the Explore page suggested nothing: %1").arg(explore->statusText());
            explore->ask(explore->suggestions()->item(0)->text());
            if (!waitUntilIdle(*explore)) return tr("the Explore page did not answer its first suggestion");
        }
        // Into the copy's own export folder, so that the picture lists what a user's export writes.
        if (auto* exporter = seedOnTheWay ? qobject_cast<ExportPage*>(&page) : nullptr)
            if (const QString error = exporter->exportNow(); !error.isEmpty()) return tr("exporting the demo copy failed: %1").arg(error);
        QCoreApplication::processEvents();
        const QString file = QDir(dir).filePath(
            QStringLiteral("%1-%2.png").arg(static_cast<int>(page.stage()), 2, 10, QLatin1Char('0')).arg(page.title().toLower()));
        if (!window.grab().save(file, "PNG")) {
            return QCoreApplication::translate("Screenshots", "%1: cannot write the screenshot").arg(file);
        }
        if (written) *written << file;
    }
    return captureDraftReview(window, dir, written);
}

QString captureDraftReview(MainWindow& window, const QString& dir, QStringList* written)
{
    DesignPage* design = window.designPage();
    window.showPage(0);
    design->promptPanel()->setPrompt(PromptPanel::examples().at(1));
    design->promptPanel()->setEditsOpenSpec(false);
    design->generateDraft();
    if (!design->isReviewingDraft() && !waitFor(design, &DesignPage::draftFinished)) return tr("the draft did not finish");
    if (!design->isReviewingDraft()) return tr("the example prompt drafted nothing: %1").arg(design->statusText());
    QCoreApplication::processEvents();
    const QString file = QDir(dir).filePath(QStringLiteral("%1-design-draft.png").arg(static_cast<int>(design->stage()), 2, 10, QLatin1Char('0')));
    const bool saved = window.grab().save(file, "PNG");
    design->draftReview()->discardButton()->click();
    if (!saved) return tr("%1: cannot write the screenshot").arg(file);
    if (written) *written << file;
    return {};
}

}  // namespace ss::ui
