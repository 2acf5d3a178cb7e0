#pragma once

#include <QGraphicsItem>

namespace ss::ui {

class DiagramScene;

// One table card, painted in one go (header, rows, markers) and cached at device resolution, so a schema of
// hundreds of tables pans and zooms without repainting text. Draggable; the scene reroutes its edges.
class CardItem : public QGraphicsItem {
public:
    CardItem(DiagramScene* scene, int index);

    int index() const { return m_index; }
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }

    QRectF cardRect() const;
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void paintDetail(QPainter* painter, const QRectF& r) const;

    DiagramScene* m_scene;
    int m_index;
    bool m_highlighted = false;
    bool m_dragged = false;
};

}  // namespace ss::ui
