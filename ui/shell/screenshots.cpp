#include "ui/shell/screenshots.h"

#include "ui/shell/main_window.h"
#include "ui/shell/page.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QTimer>

namespace ss::ui {

namespace {

constexpr int kPageTimeoutMs = 20000;

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

}  // namespace

QString captureScreenshots(MainWindow& window, const QString& dir, QStringList* written)
{
    if (!QDir().mkpath(dir)) return QCoreApplication::translate("Screenshots", "%1: cannot create folder").arg(dir);
    window.resize(kScreenshotSize);
    window.show();
    for (int i = 0; i < static_cast<int>(window.pages().size()); ++i) {
        Page& page = *window.pages()[static_cast<std::size_t>(i)];
        window.showPage(i);
        if (!waitUntilIdle(page)) {
            return QCoreApplication::translate("Screenshots", "the %1 page was still busy after %2 s")
                .arg(page.title())
                .arg(kPageTimeoutMs / 1000);
        }
        QCoreApplication::processEvents();
        const QString file = QDir(dir).filePath(
            QStringLiteral("%1-%2.png").arg(static_cast<int>(page.stage()), 2, 10, QLatin1Char('0')).arg(page.title().toLower()));
        if (!window.grab().save(file, "PNG")) {
            return QCoreApplication::translate("Screenshots", "%1: cannot write the screenshot").arg(file);
        }
        if (written) *written << file;
    }
    return {};
}

}  // namespace ss::ui
