#pragma once

#include "core/diagram/card_metrics.h"
#include "core/diagram/diagram_geometry.h"
#include "core/diagram/er_graph.h"

#include <map>
#include <string>
#include <vector>

namespace ss {

// Tables the user dragged, by name (as written), with the top-left corner they were dropped at. Kept in
// `<spec>.layout.json` beside the spec rather than in the YAML, so specs stay easy to review and merge.
struct ManualPositions {
    std::map<std::string, PointF> tables;

    bool empty() const { return tables.empty(); }
};

std::string layoutFilePath(const std::string& specPath);

// A missing file is no error (nothing was dragged yet): positions come back empty and the call succeeds.
// Returns an empty string on success, else a message naming the file and what is wrong with it.
std::string readManualPositions(const std::string& path, ManualPositions& positions);
std::string writeManualPositions(const std::string& path, const ManualPositions& positions);

// Puts pinned cards where the user left them and keeps Graphviz's placement for the rest; a card that would
// then overlap a pinned one moves down until it is clear. Edges of every card that moved are rerouted as
// direct curves between their rows (the same curves the view draws while a card is dragged); all other edges
// keep Graphviz's splines. Returns how many cards moved.
int applyManualPositions(const ErGraph& graph, const CardMetrics& metrics, const ManualPositions& positions,
                         DiagramLayout& layout);

// A curve from the side of `from` at height fromY to the side of `to` at height toY, leaving and entering
// horizontally on the sides that face each other (both on the right when the cards share a column).
EdgePath directEdgePath(const RectF& from, double fromY, const RectF& to, double toY);

// Recomputes the direct curves of every edge touching a card flagged in `moved`.
void rerouteEdges(const ErGraph& graph, const CardMetrics& metrics, const std::vector<bool>& moved,
                  DiagramLayout& layout);

}  // namespace ss
