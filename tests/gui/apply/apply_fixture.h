#pragma once

#include "ui/apply/apply_page.h"
#include "ui/shell/main_window.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace ss::test {

// A shown main window on a project folder of its own (dbx init's layout, the demo's specs in schema_specs/, its
// default environment local.sqlite in the folder, not there yet), with `spec` open in the Design page and the
// Apply page in front, previewed.
struct ApplyFixture {
    QTemporaryDir dir;
    std::unique_ptr<ui::MainWindow> window;
    ui::ApplyPage* page = nullptr;

    explicit ApplyFixture(const QString& spec = QStringLiteral("loan_risk.yml"));

    QString specsDir() const { return dir.filePath(QStringLiteral("schema_specs")); }
    QString specPath(const QString& name) const { return specsDir() + QLatin1Char('/') + name; }
    QString databasePath() const { return dir.filePath(QStringLiteral("local.sqlite")); }

    // Shows the page of the given type and returns its index in the navigator.
    int pageIndex(const QMetaObject& type) const;
    void showApplyPage();
    // Replaces the Design page's text and waits until the Apply page has previewed the result.
    void editSpec(const QByteArray& text);
    // Applies what the page shows and waits for the outcome and the refreshed ledger; confirms high-risk changes
    // by typing the database's name when `confirm` is set, else refuses them.
    void applyAndWait(bool confirm = false);
};

// Waits until the page has finished what it was asked (preview, apply).
bool waitIdle(ui::ApplyPage& page);

// A connection of the test's own to a SQLite file, for looking behind the application's back.
class SqliteFile {
public:
    explicit SqliteFile(const QString& path);
    ~SqliteFile();
    QStringList tables();  // user tables, by name (the ledger's dbx_* included)
    QStringList columns(const QString& table);
    void exec(const QString& sql);

private:
    QString name_;
    QSqlDatabase db_;
};

QByteArray readText(const QString& path);

}  // namespace ss::test
