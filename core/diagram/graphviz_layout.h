#pragma once

#include "core/diagram/card_metrics.h"
#include "core/diagram/diagram_geometry.h"
#include "core/diagram/er_graph.h"

#include <optional>
#include <string>
#include <string_view>

namespace ss {

enum class LayoutEngine { Dot, Neato, Fdp };

const char* toString(LayoutEngine engine);  // "dot", "neato", "fdp"
std::optional<LayoutEngine> parseLayoutEngine(std::string_view text);

struct LayoutResult {
    DiagramLayout layout;
    std::string error;  // empty on success

    bool ok() const { return error.empty(); }
};

// Lays the graph out with Graphviz (gvc + cgraph): every card is a node of exactly its measured size with one
// port per row, so edges are routed to the rows they join. `dot` runs left to right; splines are Graphviz's
// own curves (never orthogonal: that router does not scale). Safe to call from any thread: Graphviz keeps
// global state, so layouts are serialised internally.
LayoutResult layoutErGraph(const ErGraph& graph, const CardMetrics& metrics, LayoutEngine engine);

}  // namespace ss
