#include "core/diagram/diagram_pipeline.h"

namespace ss {

LayoutResult layoutDiagram(const ErGraph& graph, const CardMetrics& metrics, LayoutEngine engine,
                           const ManualPositions& positions)
{
    LayoutResult result = layoutErGraph(graph, metrics, engine);
    if (result.ok())
        applyManualPositions(graph, metrics, positions, result.layout);
    return result;
}

}  // namespace ss
