#pragma once

#include <vector>

namespace ss {

// Scene coordinates: y grows downwards, one unit is one Graphviz point.
struct PointF {
    double x = 0;
    double y = 0;

    friend bool operator==(const PointF&, const PointF&) = default;
};

struct RectF {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;

    double right() const { return x + width; }
    double bottom() const { return y + height; }
    PointF centre() const { return {x + width / 2, y + height / 2}; }
    bool intersects(const RectF& other, double margin = 0) const
    {
        return x < other.right() + margin && other.x < right() + margin && y < other.bottom() + margin
               && other.y < bottom() + margin;
    }
    RectF united(const RectF& other) const;
};

// A piecewise cubic Bézier: p0, then (control, control, end) for every further segment.
struct EdgePath {
    std::vector<PointF> points;

    PointF start() const { return points.front(); }
    PointF end() const { return points.back(); }
};

// Where everything of one ErGraph goes: one rectangle per card and one path per edge, in the graph's order.
struct DiagramLayout {
    std::vector<RectF> cards;
    std::vector<EdgePath> edges;
    RectF bounds;

    void recomputeBounds();
    void translate(double dx, double dy);
};

}  // namespace ss
