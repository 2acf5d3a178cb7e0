#include "gui/gui_test_support.h"

#include "ui/shell/new_project_dialog.h"
#include "ui/shell/recent_files.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>

using namespace ss;

namespace {

QString touch(const QTemporaryDir& dir, const QString& name)
{
    QFile file(dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    return QFileInfo(file).absoluteFilePath();
}

}  // namespace

TEST_CASE("recent files keep the latest first, once each, and forget files that are gone", "[gui][shell]")
{
    test::isolateSettings();
    ui::clearRecentFiles();
    QTemporaryDir dir;
    const QString a = touch(dir, QStringLiteral("a.yml"));
    const QString b = touch(dir, QStringLiteral("b.yml"));
    ui::addRecentFile(a);
    ui::addRecentFile(b);
    ui::addRecentFile(a);
    CHECK(ui::recentFiles() == QStringList{a, b});
    QFile::remove(b);
    CHECK(ui::recentFiles() == QStringList{a});
    for (int i = 0; i < 15; ++i) ui::addRecentFile(touch(dir, QStringLiteral("s%1.yml").arg(i)));
    CHECK(ui::recentFiles().size() == 10);
    CHECK(ui::recentFiles().front().endsWith(QStringLiteral("s14.yml")));
    ui::clearRecentFiles();
    CHECK(ui::recentFiles().isEmpty());
}

TEST_CASE("the new project dialog creates its folder under the chosen location", "[gui][shell]")
{
    QTemporaryDir location;
    ui::NewProjectDialog dialog;
    const QList<QLineEdit*> fields = dialog.findChildren<QLineEdit*>();
    REQUIRE(fields.size() == 2);
    QPushButton* create = nullptr;
    for (QPushButton* button : dialog.findChild<QDialogButtonBox*>()->findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("Create")) create = button;
    }
    REQUIRE(create);

    fields[1]->setText(location.path());
    CHECK_FALSE(create->isEnabled());
    fields[0]->setText(QStringLiteral("loan risk"));
    CHECK(create->isEnabled());
    CHECK(dialog.projectName() == QStringLiteral("loan risk"));
    CHECK(dialog.projectDir() == QDir(location.path()).filePath(QStringLiteral("loan risk")));

    fields[1]->setText(location.filePath(QStringLiteral("missing")));
    CHECK_FALSE(create->isEnabled());
}
