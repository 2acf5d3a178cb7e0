#pragma once

#include "core/diagram/diagram_style.h"
#include "core/diagram/er_graph.h"
#include "core/diagram/graphviz_layout.h"

#include <string>

namespace ss {

// A standalone Graphviz file of the diagram: cards as HTML-like tables with their text, edges between the
// rows they join with Graphviz's crow's-foot arrows, laid out by `engine` when rendered with `dot -T...`.
std::string exportDot(const ErGraph& graph, LayoutEngine engine, const DiagramPalette& palette,
                      const DiagramFonts& fonts);

}  // namespace ss
