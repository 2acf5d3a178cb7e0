#pragma once

#include "ui/design/design_page.h"
#include "ui/shell/main_window.h"

#include <QString>

#include <catch2/catch.hpp>
#include <QTemporaryDir>

#include <memory>

// Catch prints QStrings in failed expressions as text.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
}  // namespace Catch

namespace ss::test {

// Points QSettings at a folder of the test run's own, once, so tests never read or write the user's settings.
void isolateSettings();

// A main window on a project folder of its own holding one spec, `spec.yml`, with the given text.
struct WindowOnSpec {
    QTemporaryDir dir;
    QString specPath;
    std::unique_ptr<ui::MainWindow> window;

    explicit WindowOnSpec(const QByteArray& specText);
    ui::DesignPage& design() const { return *window->designPage(); }
};

// Waits, processing events, until the Design page has validated what the editor holds.
bool waitForValidation(ui::DesignPage& page);

// The 1-based line of the first occurrence of `needle` in `text`.
int lineOf(const QByteArray& text, const QByteArray& needle);

// A small spec that loads and validates cleanly.
QByteArray validSpec();

}  // namespace ss::test
