#include "core/diagram/crows_foot.h"

#include <cmath>

namespace ss {

namespace {

constexpr double kSpread = 6;   // half the width of a bar or a fork
constexpr double kInner = 7;    // distance of the max mark (bar) from the card
constexpr double kFork = 12;    // where a fork's lines meet
constexpr double kOuter = 17;   // distance of the min mark from the card
constexpr double kRing = 4;

// The unit vector leaving the card along the edge: towards the first control point that differs from the tip.
PointF leavingDirection(const EdgePath& path, bool atStart)
{
    const auto& pts = path.points;
    const PointF tip = atStart ? pts.front() : pts.back();
    for (std::size_t k = 1; k < pts.size(); ++k) {
        const PointF p = atStart ? pts[k] : pts[pts.size() - 1 - k];
        const double dx = p.x - tip.x;
        const double dy = p.y - tip.y;
        const double length = std::hypot(dx, dy);
        if (length > 0.5)
            return {dx / length, dy / length};
    }
    return {1, 0};
}

}  // namespace

CrowsFoot crowsFootAt(const ErEnd& end, const EdgePath& path, bool atStart)
{
    CrowsFoot mark;
    if (path.points.empty())
        return mark;
    const PointF tip = atStart ? path.points.front() : path.points.back();
    const PointF d = leavingDirection(path, atStart);
    const PointF n{-d.y, d.x};
    auto at = [&](double along, double across) {
        return PointF{tip.x + d.x * along + n.x * across, tip.y + d.y * along + n.y * across};
    };
    auto bar = [&](double along) { mark.lines.push_back({at(along, -kSpread), at(along, kSpread)}); };

    if (end.many) {
        mark.lines.push_back({at(kFork, 0), at(0, -kSpread)});
        mark.lines.push_back({at(kFork, 0), at(0, kSpread)});
    } else {
        bar(kInner);
    }
    if (end.optional)
        mark.rings.push_back({at(kOuter + kRing, 0), kRing});
    else
        bar(kOuter);
    return mark;
}

}  // namespace ss
