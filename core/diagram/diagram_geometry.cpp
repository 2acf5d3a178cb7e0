#include "core/diagram/diagram_geometry.h"

#include <algorithm>

namespace ss {

RectF RectF::united(const RectF& other) const
{
    const double left = std::min(x, other.x);
    const double top = std::min(y, other.y);
    return {left, top, std::max(right(), other.right()) - left, std::max(bottom(), other.bottom()) - top};
}

void DiagramLayout::recomputeBounds()
{
    bounds = {};
    bool first = true;
    auto include = [&](const RectF& r) {
        bounds = first ? r : bounds.united(r);
        first = false;
    };
    for (const auto& card : cards)
        include(card);
    for (const auto& edge : edges)
        for (const auto& p : edge.points)
            include({p.x, p.y, 0, 0});
}

void DiagramLayout::translate(double dx, double dy)
{
    for (auto& card : cards) {
        card.x += dx;
        card.y += dy;
    }
    for (auto& edge : edges)
        for (auto& p : edge.points) {
            p.x += dx;
            p.y += dy;
        }
    bounds.x += dx;
    bounds.y += dy;
}

}  // namespace ss
