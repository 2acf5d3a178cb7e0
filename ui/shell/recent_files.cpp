#include "ui/shell/recent_files.h"

#include <QFileInfo>
#include <QSettings>

namespace ss::ui {

namespace {

constexpr int kMaxRecentFiles = 10;
const char* const kKey = "recentFiles";

}  // namespace

QStringList recentFiles()
{
    QStringList existing;
    for (const QString& path : QSettings().value(QLatin1String(kKey)).toStringList()) {
        if (QFileInfo::exists(path)) existing << path;
    }
    return existing;
}

void addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentFiles();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecentFiles) list.removeLast();
    QSettings().setValue(QLatin1String(kKey), list);
}

void clearRecentFiles()
{
    QSettings().remove(QLatin1String(kKey));
}

}  // namespace ss::ui
