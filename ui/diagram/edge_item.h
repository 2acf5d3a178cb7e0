#pragma once

#include "core/diagram/diagram_geometry.h"
#include "core/diagram/er_graph.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace ss::ui {

class DiagramScene;

// One foreign key: Graphviz's spline (or a direct curve once a card was dragged) with crow's-foot ends.
class EdgeItem : public QGraphicsItem {
public:
    EdgeItem(DiagramScene* scene, int index);

    int index() const { return m_index; }
    void setPath(const EdgePath& path);
    void setEmphasised(bool on);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    DiagramScene* m_scene;
    int m_index;
    EdgePath m_geometry;
    QPainterPath m_path;
    QRectF m_bounds;
    bool m_emphasised = false;
};

}  // namespace ss::ui
