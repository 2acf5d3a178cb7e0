#include "ui/diagram/diagram_scene.h"

#include "core/diagram/manual_positions.h"
#include "ui/diagram/card_item.h"
#include "ui/diagram/edge_item.h"

namespace ss::ui {

namespace {
constexpr qreal kSceneMargin = 40;
}

QColor toQColor(std::uint32_t rgb) { return QColor::fromRgb(static_cast<QRgb>(rgb | 0xff000000u)); }

DiagramScene::DiagramScene(QObject* parent) : QGraphicsScene(parent)
{
    // Items move only when dragged; a BSP index would be rebuilt on every drag step for nothing.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    setBackgroundBrush(toQColor(m_palette.background));
    connect(this, &QGraphicsScene::selectionChanged, this, &DiagramScene::onSelectionChanged);
}

DiagramScene::~DiagramScene()
{
    // Deleting a selected card announces a selection change; the items it would update are going too.
    m_populating = true;
    clear();
}

void DiagramScene::setDiagram(ErGraph graph, const DiagramLayout& layout, CardMetrics metrics, const DiagramFonts& fonts)
{
    m_populating = true;
    m_highlighted = nullptr;
    clear();
    m_cards.clear();
    m_edges.clear();
    m_graph = std::move(graph);
    m_layout = layout;
    m_metrics = std::move(metrics);
    m_diagramFonts = fonts;
    m_fonts = CardFonts(fonts);
    m_edgesOfCard.assign(m_graph.cards.size(), {});

    m_cards.reserve(m_graph.cards.size());
    for (std::size_t i = 0; i < m_graph.cards.size(); ++i) {
        auto* item = new CardItem(this, static_cast<int>(i));
        item->setPos(m_layout.cards[i].x, m_layout.cards[i].y);
        addItem(item);
        m_cards.push_back(item);
    }
    m_edges.reserve(m_graph.edges.size());
    for (std::size_t i = 0; i < m_graph.edges.size(); ++i) {
        auto* item = new EdgeItem(this, static_cast<int>(i));
        item->setPath(m_layout.edges[i]);
        addItem(item);
        m_edges.push_back(item);
        m_edgesOfCard[static_cast<std::size_t>(m_graph.edges[i].fromCard)].push_back(static_cast<int>(i));
        if (m_graph.edges[i].toCard != m_graph.edges[i].fromCard)
            m_edgesOfCard[static_cast<std::size_t>(m_graph.edges[i].toCard)].push_back(static_cast<int>(i));
    }
    setSceneRect(diagramRect());
    m_populating = false;
}

void DiagramScene::setDiagramPalette(const DiagramPalette& palette)
{
    m_palette = palette;
    setBackgroundBrush(toQColor(palette.background));
    for (auto* card : m_cards)
        card->update();
    update();
}

CardItem* DiagramScene::findCard(const QString& table) const
{
    const int i = m_graph.cardIndex(table.toStdString());
    return i < 0 ? nullptr : m_cards[static_cast<std::size_t>(i)];
}

QString DiagramScene::tableName(int index) const
{
    return QString::fromStdString(m_graph.cards[static_cast<std::size_t>(index)].name);
}

void DiagramScene::highlightTable(const QString& table)
{
    if (m_highlighted)
        m_highlighted->setHighlighted(false);
    m_highlighted = table.isEmpty() ? nullptr : findCard(table);
    if (m_highlighted)
        m_highlighted->setHighlighted(true);
}

QRectF DiagramScene::diagramRect() const
{
    const RectF& b = m_layout.bounds;
    return QRectF(b.x, b.y, b.width, b.height).adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin);
}

void DiagramScene::cardMoved(int index)
{
    if (m_populating)
        return;
    const QPointF p = m_cards[static_cast<std::size_t>(index)]->pos();
    RectF& r = m_layout.cards[static_cast<std::size_t>(index)];
    r.x = p.x();
    r.y = p.y();
    std::vector<bool> moved(m_graph.cards.size(), false);
    moved[static_cast<std::size_t>(index)] = true;
    rerouteEdges(m_graph, m_metrics, moved, m_layout);
    for (int e : m_edgesOfCard[static_cast<std::size_t>(index)])
        m_edges[static_cast<std::size_t>(e)]->setPath(m_layout.edges[static_cast<std::size_t>(e)]);
}

void DiagramScene::cardDropped(int index)
{
    m_layout.recomputeBounds();
    setSceneRect(sceneRect().united(diagramRect()));
    const RectF& r = m_layout.cards[static_cast<std::size_t>(index)];
    Q_EMIT tableDropped(tableName(index), QPointF(r.x, r.y));
}

void DiagramScene::cardActivated(int index) { Q_EMIT tableActivated(tableName(index)); }

void DiagramScene::onSelectionChanged()
{
    if (m_populating)
        return;
    std::vector<bool> selected(m_graph.cards.size(), false);
    QString single;
    int count = 0;
    for (auto* item : selectedItems()) {
        if (auto* card = dynamic_cast<CardItem*>(item)) {
            selected[static_cast<std::size_t>(card->index())] = true;
            single = tableName(card->index());
            ++count;
        }
    }
    for (std::size_t i = 0; i < m_edges.size(); ++i) {
        const ErEdge& e = m_graph.edges[i];
        m_edges[i]->setEmphasised(selected[static_cast<std::size_t>(e.fromCard)] || selected[static_cast<std::size_t>(e.toCard)]);
    }
    if (count == 1)
        Q_EMIT tableSelected(single);
}

}  // namespace ss::ui
