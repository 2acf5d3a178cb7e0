#include "ui/diagram/card_item.h"

#include "core/diagram/card_text.h"
#include "ui/diagram/diagram_scene.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace ss::ui {

namespace {

constexpr qreal kCorner = 4;
constexpr qreal kHalo = 6;          // room around the card for the highlight and selection outline
constexpr qreal kTextDetail = 0.3;  // below this zoom, text is too small to read: draw blocks only

QPainterPath headerPath(const QRectF& r, qreal headerHeight)
{
    QPainterPath p;
    p.moveTo(r.left(), r.top() + headerHeight);
    p.lineTo(r.left(), r.top() + kCorner);
    p.quadTo(r.topLeft(), QPointF(r.left() + kCorner, r.top()));
    p.lineTo(r.right() - kCorner, r.top());
    p.quadTo(r.topRight(), QPointF(r.right(), r.top() + kCorner));
    p.lineTo(r.right(), r.top() + headerHeight);
    p.closeSubpath();
    return p;
}

}  // namespace

CardItem::CardItem(DiagramScene* scene, int index) : m_scene(scene), m_index(index)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setCacheMode(DeviceCoordinateCache);
    setZValue(1);
    setToolTip(QString::fromStdString(scene->graph().cards[static_cast<std::size_t>(index)].name));
}

QRectF CardItem::cardRect() const
{
    const auto& card = m_scene->graph().cards[static_cast<std::size_t>(m_index)];
    const auto& m = m_scene->metrics();
    return {0, 0, m.widths[static_cast<std::size_t>(m_index)], m.cardHeight(card)};
}

QRectF CardItem::boundingRect() const { return cardRect().adjusted(-kHalo, -kHalo, kHalo, kHalo); }

QPainterPath CardItem::shape() const
{
    QPainterPath p;
    p.addRect(cardRect());
    return p;
}

void CardItem::setHighlighted(bool on)
{
    if (m_highlighted == on)
        return;
    m_highlighted = on;
    setZValue(on ? 2 : 1);
    update();
}

void CardItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const auto& card = m_scene->graph().cards[static_cast<std::size_t>(m_index)];
    const auto& palette = m_scene->diagramPalette();
    const auto& m = m_scene->metrics();
    const QRectF r = cardRect();
    painter->setRenderHint(QPainter::Antialiasing);

    if (m_highlighted || isSelected()) {
        QColor halo = toQColor(palette.highlight);
        halo.setAlpha(m_highlighted ? 150 : 110);
        painter->setPen(Qt::NoPen);
        painter->setBrush(halo);
        painter->drawRoundedRect(r.adjusted(-kHalo + 1, -kHalo + 1, kHalo - 1, kHalo - 1), kCorner + 3, kCorner + 3);
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(toQColor(palette.cardFill));
    painter->drawRoundedRect(r, kCorner, kCorner);
    painter->setBrush(toQColor(palette.headerFill(card.kind)));
    painter->drawPath(headerPath(r, m.headerHeight));

    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (lod >= kTextDetail)
        paintDetail(painter, r);

    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(toQColor(isSelected() ? palette.highlight : palette.cardBorder), isSelected() ? 2 : 1));
    painter->drawRoundedRect(r, kCorner, kCorner);
}

void CardItem::paintDetail(QPainter* painter, const QRectF& r) const
{
    const auto& card = m_scene->graph().cards[static_cast<std::size_t>(m_index)];
    const auto& palette = m_scene->diagramPalette();
    const auto& m = m_scene->metrics();
    const auto& fonts = m_scene->fonts();

    const QRectF header(r.left() + m.padding, r.top(), r.width() - 2 * m.padding, m.headerHeight);
    painter->setPen(toQColor(palette.headerText));
    painter->setFont(fonts.title);
    painter->drawText(header, Qt::AlignLeft | Qt::AlignVCenter, QString::fromStdString(card.name));
    painter->setFont(fonts.kind);
    painter->drawText(header, Qt::AlignRight | Qt::AlignVCenter, QString::fromLatin1(cardKindText(card.kind)));

    const QColor rowText = toQColor(palette.rowText);
    const QColor typeText = toQColor(palette.typeText);
    for (std::size_t i = 0; i < card.rows.size(); ++i) {
        const ErRow& row = card.rows[i];
        const QRectF line(r.left() + m.padding, r.top() + m.rowTop(static_cast<int>(i)), r.width() - 2 * m.padding,
                          m.rowHeight);
        const std::string marker = rowMarker(row);
        if (!marker.empty()) {
            painter->setPen(typeText);
            painter->setFont(fonts.marker);
            painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, QString::fromStdString(marker));
        }
        painter->setFont(fonts.row);
        painter->setPen(rowText);
        painter->drawText(line.adjusted(m.markerWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          QString::fromStdString(row.name));
        painter->setPen(typeText);
        painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, QString::fromStdString(rowTypeText(row)));
    }
}

QVariant CardItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionHasChanged) {
        m_dragged = true;
        m_scene->cardMoved(m_index);
    }
    return QGraphicsItem::itemChange(change, value);
}

void CardItem::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    m_dragged = false;
    QGraphicsItem::mousePressEvent(event);
}

void CardItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    if (m_dragged) {
        m_dragged = false;
        m_scene->cardDropped(m_index);
    }
}

void CardItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsItem::mouseDoubleClickEvent(event);
    m_scene->cardActivated(m_index);
}

}  // namespace ss::ui
