#pragma once

#include <QSize>
#include <QStringList>

namespace ss::ui {

class MainWindow;

// A size that reads well on a slide or in the README.
inline constexpr QSize kScreenshotSize{1400, 900};

// Shows every page of the window in turn, waits until it has finished what it shows, and saves the window as
// DIR/NN-title.png (NN the page's flow stage, so names stay put as pages are added). Returns an error, or
// empty; `written` receives the files saved.
QString captureScreenshots(MainWindow& window, const QString& dir, QStringList* written = nullptr);

}  // namespace ss::ui
