#include "ui/diagram/edge_item.h"

#include "core/diagram/crows_foot.h"
#include "ui/diagram/diagram_scene.h"

#include <QPainter>
#include <QPainterPathStroker>

namespace ss::ui {

namespace {

constexpr qreal kMarkReach = 24;  // how far a crow's-foot mark may stick out of the path's bounds

QPainterPath toPainterPath(const EdgePath& edge)
{
    QPainterPath path;
    if (edge.points.empty())
        return path;
    path.moveTo(edge.points[0].x, edge.points[0].y);
    for (std::size_t k = 1; k + 2 < edge.points.size(); k += 3)
        path.cubicTo(edge.points[k].x, edge.points[k].y, edge.points[k + 1].x, edge.points[k + 1].y,
                     edge.points[k + 2].x, edge.points[k + 2].y);
    return path;
}

}  // namespace

EdgeItem::EdgeItem(DiagramScene* scene, int index) : m_scene(scene), m_index(index)
{
    setZValue(0);
    setToolTip(QString::fromStdString(scene->graph().edges[static_cast<std::size_t>(index)].name));
}

void EdgeItem::setPath(const EdgePath& path)
{
    prepareGeometryChange();
    m_geometry = path;
    m_path = toPainterPath(path);
    m_bounds = m_path.boundingRect().adjusted(-kMarkReach, -kMarkReach, kMarkReach, kMarkReach);
}

void EdgeItem::setEmphasised(bool on)
{
    if (m_emphasised == on)
        return;
    m_emphasised = on;
    setZValue(on ? 0.5 : 0);
    update();
}

QRectF EdgeItem::boundingRect() const { return m_bounds; }

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(6);
    return stroker.createStroke(m_path);
}

void EdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    if (m_geometry.points.size() < 2)
        return;
    const auto& palette = m_scene->diagramPalette();
    const ErEdge& edge = m_scene->graph().edges[static_cast<std::size_t>(m_index)];
    painter->setRenderHint(QPainter::Antialiasing);
    const QPen pen(toQColor(m_emphasised ? palette.highlight : palette.edge), m_emphasised ? 2.2 : 1.2);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setBrush(toQColor(palette.background));
    for (const auto& mark : {crowsFootAt(edge.fromEnd, m_geometry, true), crowsFootAt(edge.toEnd, m_geometry, false)}) {
        for (const auto& line : mark.lines)
            painter->drawLine(QPointF(line.from.x, line.from.y), QPointF(line.to.x, line.to.y));
        for (const auto& ring : mark.rings)
            painter->drawEllipse(QPointF(ring.centre.x, ring.centre.y), ring.radius, ring.radius);
    }
}

}  // namespace ss::ui
