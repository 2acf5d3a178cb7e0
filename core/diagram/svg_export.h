#pragma once

#include "core/diagram/card_metrics.h"
#include "core/diagram/diagram_geometry.h"
#include "core/diagram/diagram_style.h"
#include "core/diagram/er_graph.h"

#include <string>

namespace ss {

// The laid-out diagram as a standalone SVG document, drawn like the screen: edges first, then one
// <g class="table KIND" data-table="NAME"> per card, so a card can be picked out or restyled in the file.
std::string exportSvg(const ErGraph& graph, const DiagramLayout& layout, const CardMetrics& metrics,
                      const DiagramPalette& palette, const DiagramFonts& fonts);

}  // namespace ss
