#pragma once

#include <QGraphicsView>

class QVariantAnimation;

namespace ss::ui {

// Zoom (wheel, pinch, keyboard, fit) and pan (drag the background) over the diagram scene. Zooming only
// changes the view's transform: nothing is laid out again and cached cards are reused.
class DiagramView : public QGraphicsView {
    Q_OBJECT

public:
    explicit DiagramView(QWidget* parent = nullptr);

    qreal zoom() const;
    void setZoom(qreal zoom, QPointF anchorInViewport);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    // Fits the whole scene and keeps it fitted as the view is resized, until the user zooms or pans.
    void fitToView();
    void resetZoom();
    void centreOnRect(const QRectF& sceneRect);

Q_SIGNALS:
    // The visible part of the scene changed (scroll, zoom, resize): the minimap follows.
    void visibleAreaChanged();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    qreal pendingZoom() const;  // where a running zoom animation is heading
    void animateZoomTo(qreal target, QPointF anchorInViewport);

    QVariantAnimation* m_zoomAnimation;
    QPointF m_zoomAnchor;
    qreal m_zoomTarget = 1;
    bool m_keepFitted = false;
};

}  // namespace ss::ui
