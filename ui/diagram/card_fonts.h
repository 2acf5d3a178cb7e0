#pragma once

#include "core/diagram/card_metrics.h"
#include "core/diagram/diagram_style.h"
#include "core/diagram/er_graph.h"

#include <QFont>

namespace ss::ui {

// The three fonts of a card, in pixel sizes so that one scene unit is one pixel at 100% zoom.
struct CardFonts {
    QFont title;
    QFont kind;
    QFont row;
    QFont marker;

    explicit CardFonts(const DiagramFonts& fonts);
};

// Measures every card with the fonts it is drawn with; sizes are rounded up to whole units (Graphviz sizes
// table cells in points). Needs a QGuiApplication.
CardMetrics measureCards(const ErGraph& graph, const DiagramFonts& fonts);

}  // namespace ss::ui
