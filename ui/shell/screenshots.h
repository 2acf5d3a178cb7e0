#pragma once

#include <QSize>
#include <QStringList>

namespace ss::ui {

class MainWindow;

// A size that reads well on a slide or in the README.
inline constexpr QSize kScreenshotSize{1400, 900};

// Copies the bundled demo project into the new folder WORKDIR (the demo itself is never written to), opens it and
// applies its current.yml through the Apply page, then opens loan_risk.yml: the pages then show what a user sees
// after a first apply (a ledger, a run log, a plan still to run). With `databaseUrl` the walk runs on that
// database (which should be empty) instead of the copy's SQLite file. Returns an error, or empty.
QString openDemoCopy(MainWindow& window, const QString& workDir, const QString& databaseUrl = {});

// Shows every page of the window in turn, waits until it has finished what it shows, and saves the window as
// DIR/NN-title.png (NN the page's flow stage, so names stay put as pages are added). Returns an error, or
// empty; `written` receives the files saved. With `seedOnTheWay` the Seed page first seeds its database, so
// that its picture shows charts and a report: for a copy made by openDemoCopy, never a user's own project.
// Last comes the Design page with a draft of an example prompt under review (NN-design-draft.png).
QString captureScreenshots(MainWindow& window, const QString& dir, QStringList* written = nullptr,
                           bool seedOnTheWay = false);

// The Design page with a draft of its second example prompt under review, saved as DIR/01-design-draft.png;
// the draft is discarded afterwards.
QString captureDraftReview(MainWindow& window, const QString& dir, QStringList* written = nullptr);

}  // namespace ss::ui
