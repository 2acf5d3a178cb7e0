#include "ui/diagram/diagram_minimap.h"

#include "ui/diagram/diagram_export.h"
#include "ui/diagram/diagram_scene.h"
#include "ui/diagram/diagram_view.h"

#include <QMouseEvent>
#include <QPainter>

namespace ss::ui {

DiagramMinimap::DiagramMinimap(DiagramView* view, QWidget* parent) : QWidget(parent), m_view(view)
{
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the view"));
    connect(view, &DiagramView::visibleAreaChanged, this, qOverload<>(&QWidget::update));
}

void DiagramMinimap::refresh()
{
    auto* scene = qobject_cast<DiagramScene*>(m_view->scene());
    if (!scene || scene->graph().cards.empty()) {
        m_overview = {};
        update();
        return;
    }
    m_sceneRect = scene->diagramRect();
    const qreal scale = std::min(width() / m_sceneRect.width(), height() / m_sceneRect.height()) * devicePixelRatioF();
    m_overview = QPixmap::fromImage(renderDiagramImage(*scene, scale));
    m_overview.setDevicePixelRatio(devicePixelRatioF());
    update();
}

QRectF DiagramMinimap::imageRect() const
{
    const QSizeF size = m_overview.deviceIndependentSize();
    return QRectF(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

void DiagramMinimap::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QColor frame = palette().color(QPalette::Mid);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (!m_overview.isNull()) {
        const QRectF target = imageRect();
        painter.drawPixmap(target.topLeft(), m_overview);
        const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
        const qreal sx = target.width() / m_sceneRect.width();
        const qreal sy = target.height() / m_sceneRect.height();
        const QRectF marker(target.left() + (visible.left() - m_sceneRect.left()) * sx,
                            target.top() + (visible.top() - m_sceneRect.top()) * sy, visible.width() * sx,
                            visible.height() * sy);
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(50);
        painter.setBrush(fill);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
        painter.drawRect(marker.intersected(QRectF(rect())).adjusted(0.5, 0.5, -0.5, -0.5));
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(frame);
    painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
}

void DiagramMinimap::centreViewAt(QPointF pos)
{
    if (m_overview.isNull())
        return;
    const QRectF target = imageRect();
    const QPointF scenePoint(m_sceneRect.left() + (pos.x() - target.left()) * m_sceneRect.width() / target.width(),
                             m_sceneRect.top() + (pos.y() - target.top()) * m_sceneRect.height() / target.height());
    m_view->centerOn(scenePoint);
}

void DiagramMinimap::mousePressEvent(QMouseEvent* event) { centreViewAt(event->position()); }

void DiagramMinimap::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        centreViewAt(event->position());
}

void DiagramMinimap::resizeEvent(QResizeEvent*) { refresh(); }

}  // namespace ss::ui
