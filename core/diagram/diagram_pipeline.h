#pragma once

#include "core/diagram/card_metrics.h"
#include "core/diagram/graphviz_layout.h"
#include "core/diagram/manual_positions.h"

namespace ss {

// Graphviz layout followed by the user's dragged positions: what the view shows and every export draws.
LayoutResult layoutDiagram(const ErGraph& graph, const CardMetrics& metrics, LayoutEngine engine,
                           const ManualPositions& positions);

}  // namespace ss
