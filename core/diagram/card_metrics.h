#pragma once

#include "core/diagram/er_graph.h"

#include <vector>

namespace ss {

// The size of every card as the caller draws it, in scene units (1 unit = 1 Graphviz point). The engine has
// no fonts: the UI (and the CLI through the same code) measures the text and hands the sizes in, so the layout
// leaves room for exactly what is drawn. Values are whole units because Graphviz sizes table cells in points.
struct CardMetrics {
    double headerHeight = 26;
    double rowHeight = 18;
    double padding = 8;        // inner margin left and right of the text
    double markerWidth = 24;   // the PK/FK column at the left of each row
    std::vector<double> widths; // one per card, in the graph's order

    double cardHeight(const ErCard& card) const { return headerHeight + rowHeight * static_cast<double>(card.rows.size()); }
    double rowTop(int row) const { return headerHeight + rowHeight * row; }  // relative to the card's top
    double rowCentre(int row) const { return rowTop(row) + rowHeight / 2; }
};

}  // namespace ss
