#include "ui/diagram/diagram_view.h"

#include <QGestureEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QScrollBar>
#include <QVariantAnimation>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace ss::ui {

namespace {
constexpr qreal kMinZoom = 0.02;
constexpr qreal kMaxZoom = 4.0;
constexpr qreal kStep = 1.25;
constexpr qreal kFitMaxZoom = 1.25;  // fitting a tiny schema should not blow it up
}  // namespace

DiagramView::DiagramView(QWidget* parent) : QGraphicsView(parent), m_zoomAnimation(new QVariantAnimation(this))
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontAdjustForAntialiasing);
    setFrameShape(QFrame::NoFrame);
    viewport()->grabGesture(Qt::PinchGesture);

    m_zoomAnimation->setDuration(140);
    m_zoomAnimation->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_zoomAnimation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant& value) { setZoom(value.toReal(), m_zoomAnchor); });
}

qreal DiagramView::zoom() const { return transform().m11(); }

void DiagramView::setZoom(qreal target, QPointF anchor)
{
    target = std::clamp(target, kMinZoom, kMaxZoom);
    const QPointF sceneAnchor = mapToScene(anchor.toPoint());
    const qreal factor = target / zoom();
    scale(factor, factor);
    // Keep the scene point under the anchor where it was.
    const QPointF moved = mapFromScene(sceneAnchor) - anchor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(moved.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(moved.y()));
    Q_EMIT visibleAreaChanged();
}

void DiagramView::animateZoomTo(qreal target, QPointF anchor)
{
    m_keepFitted = false;
    m_zoomTarget = std::clamp(target, kMinZoom, kMaxZoom);
    m_zoomAnchor = anchor;
    m_zoomAnimation->stop();
    m_zoomAnimation->setStartValue(zoom());
    m_zoomAnimation->setEndValue(m_zoomTarget);
    m_zoomAnimation->start();
}

qreal DiagramView::pendingZoom() const
{
    return m_zoomAnimation->state() == QAbstractAnimation::Running ? m_zoomTarget : zoom();
}

void DiagramView::zoomIn() { animateZoomTo(pendingZoom() * kStep, viewport()->rect().center()); }
void DiagramView::zoomOut() { animateZoomTo(pendingZoom() / kStep, viewport()->rect().center()); }
void DiagramView::resetZoom() { animateZoomTo(1.0, viewport()->rect().center()); }

void DiagramView::fitToView()
{
    if (!scene())
        return;
    m_zoomAnimation->stop();
    const QRectF target = scene()->sceneRect();
    if (target.isEmpty())
        return;
    const QSizeF available = viewport()->size();
    const qreal z = std::clamp(std::min(available.width() / target.width(), available.height() / target.height()),
                               kMinZoom, kFitMaxZoom);
    setTransform(QTransform::fromScale(z, z));
    centerOn(target.center());
    m_keepFitted = true;
    Q_EMIT visibleAreaChanged();
}

void DiagramView::centreOnRect(const QRectF& rect)
{
    m_zoomAnimation->stop();
    m_keepFitted = false;
    // Zoom in enough to read the card, never out beyond what is shown.
    const QSizeF available = viewport()->size();
    const qreal fit = std::min(available.width() / (rect.width() * 2.5), available.height() / (rect.height() * 1.6));
    if (zoom() < 0.6)
        setTransform(QTransform::fromScale(std::clamp(fit, 0.6, 1.0), std::clamp(fit, 0.6, 1.0)));
    centerOn(rect.center());
    Q_EMIT visibleAreaChanged();
}

void DiagramView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event);  // shift+wheel scrolls, like everywhere else
        return;
    }
    const QPoint pixels = event->pixelDelta();
    const qreal delta = !pixels.isNull() ? pixels.y() : event->angleDelta().y() / 8.0;
    if (delta == 0)
        return;
    const qreal factor = std::pow(kStep, delta / 15.0);  // one mouse notch (15 degrees) is one step
    if (!pixels.isNull()) {
        m_zoomAnimation->stop();
        m_keepFitted = false;
        setZoom(zoom() * factor, event->position());  // touchpads already deliver smooth steps
    } else {
        animateZoomTo(pendingZoom() * factor, event->position());
    }
    event->accept();
}

bool DiagramView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::Gesture) {
        auto* gesture = static_cast<QGestureEvent*>(event);
        if (auto* pinch = static_cast<QPinchGesture*>(gesture->gesture(Qt::PinchGesture))) {
            m_keepFitted = false;
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                setZoom(zoom() * pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint().toPoint()));
            gesture->accept(pinch);
            return true;
        }
    } else if (event->type() == QEvent::NativeGesture) {
        auto* native = static_cast<QNativeGestureEvent*>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            m_keepFitted = false;
            setZoom(zoom() * (1 + native->value()), native->position());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void DiagramView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    Q_EMIT visibleAreaChanged();
}

void DiagramView::mousePressEvent(QMouseEvent* event)
{
    m_keepFitted = false;  // panning or dragging a card: the user takes over
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_keepFitted)
        fitToView();
    Q_EMIT visibleAreaChanged();
}

}  // namespace ss::ui
