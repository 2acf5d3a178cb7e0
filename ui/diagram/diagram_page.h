#pragma once

#include "ui/shell/page.h"

namespace ss::ui {

class DiagramWidget;
class Workspace;

// The Diagram page: the workspace's model as an ER diagram. Follows the model as it is edited, keeps dragged
// positions beside the spec, and shares the selected table with the editor through the workspace.
class DiagramPage : public Page {
    Q_OBJECT

public:
    static constexpr FlowStage kStage = FlowStage::Diagram;

    explicit DiagramPage(Workspace& workspace, QWidget* parent = nullptr);

    FlowStage stage() const override { return kStage; }
    QIcon icon() const override;
    bool isBusy() const override;

    DiagramWidget* diagram() const { return diagram_; }

private:
    void showModel();

    Workspace& workspace_;
    DiagramWidget* diagram_;
};

}  // namespace ss::ui
