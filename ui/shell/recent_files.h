#pragma once

#include <QStringList>

namespace ss::ui {

// The specs opened lately, most recent first, kept in QSettings. Files that no longer exist are left out.
QStringList recentFiles();
void addRecentFile(const QString& path);
void clearRecentFiles();

}  // namespace ss::ui
