#include "gui/apply/apply_fixture.h"

#include "gui/gui_test_support.h"
#include "core/project/project_folder.h"
#include "ui/apply/breaking_confirmation.h"
#include "ui/widgets/code_editor.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace ss::test {

namespace {

constexpr int kTimeoutMs = 30000;

}  // namespace

ApplyFixture::ApplyFixture(const QString& spec)
{
    isolateSettings();
    REQUIRE(QDir().mkpath(specsDir()));
    for (const char* name : {"current.yml", "loan_risk.yml", "retail_sales.yml"}) {
        REQUIRE(QFile::copy(QStringLiteral(SS_SOURCE_DIR "/schema_specs/") + QLatin1String(name), specPath(QLatin1String(name))));
    }
    REQUIRE(createProject(dir.path().toStdString(), "Loan risk").empty());
    window = std::make_unique<ui::MainWindow>();
    REQUIRE(window->openProject(dir.path(), specPath(spec)).isEmpty());
    window->resize(1400, 900);
    window->show();
    REQUIRE(waitForValidation(*window->designPage()));
    showApplyPage();
}

int ApplyFixture::pageIndex(const QMetaObject& type) const
{
    for (int i = 0; i < static_cast<int>(window->pages().size()); ++i) {
        if (window->pages()[static_cast<std::size_t>(i)]->metaObject() == &type) return i;
    }
    FAIL("the window has no " << type.className());
    return -1;
}

void ApplyFixture::showApplyPage()
{
    const int index = pageIndex(ui::ApplyPage::staticMetaObject);
    page = qobject_cast<ui::ApplyPage*>(window->pages()[static_cast<std::size_t>(index)]);
    window->showPage(index);
    REQUIRE(waitIdle(*page));
}

void ApplyFixture::editSpec(const QByteArray& text)
{
    QSignalSpy previewed(page, &ui::ApplyPage::previewed);
    window->designPage()->editor()->setText(QString::fromUtf8(text));
    REQUIRE(waitForValidation(*window->designPage()));
    REQUIRE(QTest::qWaitFor([&] { return previewed.count() > 0 && !page->isBusy(); }, kTimeoutMs));
}

void ApplyFixture::applyAndWait(bool confirm)
{
    QSignalSpy finished(page, &ui::ApplyPage::finished);
    REQUIRE(page->applyButton()->isEnabled());
    page->apply();
    if (ui::BreakingConfirmation* dialog = page->confirmation()) {
        if (confirm) {
            dialog->nameEdit()->setText(dialog->expectedName());
            REQUIRE(dialog->applyButton()->isEnabled());
            dialog->applyButton()->click();
        } else {
            dialog->reject();
        }
    }
    REQUIRE(QTest::qWaitFor([&] { return finished.count() > 0; }, kTimeoutMs));
    REQUIRE(waitIdle(*page));
}

bool waitIdle(ui::ApplyPage& page)
{
    return QTest::qWaitFor([&page] { return !page.isBusy(); }, kTimeoutMs);
}

SqliteFile::SqliteFile(const QString& path) : name_(QStringLiteral("test_%1").arg(reinterpret_cast<quintptr>(this)))
{
    db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name_);
    db_.setDatabaseName(path);
    REQUIRE(db_.open());
}

SqliteFile::~SqliteFile()
{
    db_.close();
    db_ = QSqlDatabase();
    QSqlDatabase::removeDatabase(name_);
}

QStringList SqliteFile::tables()
{
    QSqlQuery query(db_);
    REQUIRE(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")));
    QStringList out;
    while (query.next()) out << query.value(0).toString();
    return out;
}

QStringList SqliteFile::columns(const QString& table)
{
    QSqlQuery query(db_);
    REQUIRE(query.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)));
    QStringList out;
    while (query.next()) out << query.value(0).toString();
    return out;
}

void SqliteFile::exec(const QString& sql)
{
    QSqlQuery query(db_);
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
}

QByteArray readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace ss::test
