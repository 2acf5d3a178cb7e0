#pragma once

#include "ui/shell/active_database.h"

#include <QObject>

namespace ss::ui {

class LatestJobRunner;
class Workspace;

// How the active database compares with the project's current.yml, the spec that says what is deployed.
struct DriftCheck {
    bool checked = false;  // false: nothing to compare (no database file yet, no current.yml)
    int differences = 0;   // operations that would turn the live schema into current.yml
    QString specPath;
    QString error;         // the database or the spec could not be read
};

// Runs on a worker thread; reads the database through the session's snapshot cache.
DriftCheck checkDrift(const ActiveDatabase& database, const QString& specPath);

// Checks for drift off the UI thread whenever something may have changed it: another database or project, an
// apply, current.yml saved, the window activated again (the database may have been changed elsewhere).
class DriftMonitor : public QObject {
    Q_OBJECT

public:
    explicit DriftMonitor(Workspace& workspace, QObject* parent = nullptr);
    ~DriftMonitor() override;

    void check();
    bool isChecking() const;
    const DriftCheck& latest() const { return latest_; }

Q_SIGNALS:
    void checked(const ss::ui::DriftCheck& result);

private:
    Workspace& workspace_;
    LatestJobRunner* jobs_;
    DriftCheck latest_;
};

}  // namespace ss::ui
