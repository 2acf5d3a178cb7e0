#pragma once

#include <QString>

namespace ss::ui {

class MainWindow;

// The bundled demo project: the source tree in a build (its dbx.yml, schema_specs/, seeding_profiles/), else
// the installed copy. Empty when neither is there.
QString demoProjectDir();

// The spec the demo opens on (schema_specs/loan_risk.yml), relative to the demo project.
QString demoStartSpec();

// What the window shows first: the project and spec given on the command line; else the last project and spec;
// else the bundled demo project on loan_risk.yml. Returns an error about what was asked for, or empty.
QString openStartupDocuments(MainWindow& window, const QString& projectDir, const QString& specFile);

// Opens the demo project on its first spec, whatever was open last. Only the build tree's demo is opened where it
// is; an installed one is read-only, so the first time it is copied to userDemoCopyDir(), and the copy is opened
// from then on, as the status bar says.
QString openDemoProject(MainWindow& window, const QString& demoDir = demoProjectDir());

// Where this user's copy of an installed, read-only demo project lives (in the per-user data folder).
QString userDemoCopyDir();

// Keeps QSettings (window state, recent files, theme) in DIR instead of the user's own configuration.
void keepSettingsIn(const QString& dir);

}  // namespace ss::ui
