#pragma once

#include "ui/plan/plan_page.h"
#include "ui/shell/main_window.h"

#include <QByteArray>
#include <QTemporaryDir>

#include <memory>

namespace ss::test {

// A shown main window on a project folder of its own holding current.yml and target.yml (and dbx.yml when
// `projectFile` is given), with target.yml open in the Design page and the Plan page in front, planned.
struct PlanFixture {
    QTemporaryDir dir;
    std::unique_ptr<ui::MainWindow> window;
    ui::PlanPage* page = nullptr;

    PlanFixture(const QByteArray& current, const QByteArray& target, const QByteArray& projectFile = {});
    // The bundled demo project: current.yml against loan_risk.yml.
    PlanFixture();

    QString path(const QString& name) const { return dir.filePath(name); }
};

// Waits until the page has planned what it was last asked for.
bool waitForPlan(ui::PlanPage& page);

}  // namespace ss::test
