#include "ui/shell/page.h"

namespace ss::ui {

QString flowStageTitle(FlowStage stage)
{
    switch (stage) {
    case FlowStage::Design: return QObject::tr("Design");
    case FlowStage::Plan: return QObject::tr("Plan");
    case FlowStage::Apply: return QObject::tr("Apply");
    case FlowStage::Seed: return QObject::tr("Seed");
    case FlowStage::Diagram: return QObject::tr("Diagram");
    case FlowStage::Proposals: return QObject::tr("Proposals");
    case FlowStage::Explore: return QObject::tr("Explore");
    case FlowStage::Metrics: return QObject::tr("Metrics");
    case FlowStage::Export: return QObject::tr("Export");
    }
    return {};
}

QKeySequence Page::shortcut() const
{
    return QKeySequence(QKeyCombination(Qt::CTRL, static_cast<Qt::Key>(Qt::Key_0 + static_cast<int>(stage()))));
}

}  // namespace ss::ui
