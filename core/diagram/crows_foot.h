#pragma once

#include "core/diagram/diagram_geometry.h"
#include "core/diagram/er_graph.h"

#include <vector>

namespace ss {

struct LineSegment {
    PointF from;
    PointF to;
};

struct Circle {
    PointF centre;
    double radius = 0;
};

// The crow's-foot mark at one end of an edge, drawn by the screen and by every export alike: nearest the card
// the maximum (a bar for one, a fork for many), further out the minimum (a bar for mandatory, a ring for
// optional). Rings are filled with the background so the edge line does not run through them.
struct CrowsFoot {
    std::vector<LineSegment> lines;
    std::vector<Circle> rings;
};

// `tip` is where the edge meets the card; the mark extends along the edge's first segment away from the card.
CrowsFoot crowsFootAt(const ErEnd& end, const EdgePath& path, bool atStart);

}  // namespace ss
