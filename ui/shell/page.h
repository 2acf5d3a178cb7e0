#pragma once

#include <QIcon>
#include <QKeySequence>
#include <QWidget>

namespace ss::ui {

// The stages of the flow, in the order the navigator lists them (DESIGN.md §1). The number is also the page's
// shortcut: Ctrl+1 is Design whatever other pages exist, so the keys stay the same as pages are added.
enum class FlowStage { Design = 1, Plan, Apply, Seed, Diagram, Proposals, Explore, Metrics, Export };

QString flowStageTitle(FlowStage stage);

// One page of the main window: a widget that knows its stage and its navigator icon.
class Page : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual FlowStage stage() const = 0;
    virtual QIcon icon() const = 0;

    QString title() const { return flowStageTitle(stage()); }
    QKeySequence shortcut() const;

    // True while the page is still working on what it shows (a validation, a layout); screenshots wait for it.
    virtual bool isBusy() const { return false; }

Q_SIGNALS:
    void busyChanged(bool busy);
};

}  // namespace ss::ui
