#pragma once

#include "core/diagram/card_metrics.h"
#include "core/diagram/diagram_geometry.h"
#include "core/diagram/diagram_style.h"
#include "core/diagram/er_graph.h"
#include "ui/diagram/card_fonts.h"

#include <QColor>
#include <QGraphicsScene>

#include <vector>

namespace ss::ui {

class CardItem;
class EdgeItem;

QColor toQColor(std::uint32_t rgb);

// The diagram as graphics items: one CardItem per table, one EdgeItem per foreign key. The view, the minimap
// and the PNG/PDF exports all draw this one scene, so what is exported is what is on screen.
class DiagramScene : public QGraphicsScene {
    Q_OBJECT

public:
    explicit DiagramScene(QObject* parent = nullptr);
    ~DiagramScene() override;

    void setDiagram(ErGraph graph, const DiagramLayout& layout, CardMetrics metrics, const DiagramFonts& fonts);
    void setDiagramPalette(const DiagramPalette& palette);

    const ErGraph& graph() const { return m_graph; }
    const CardMetrics& metrics() const { return m_metrics; }
    const DiagramPalette& diagramPalette() const { return m_palette; }
    const CardFonts& fonts() const { return m_fonts; }
    const DiagramFonts& diagramFonts() const { return m_diagramFonts; }
    // The layout as it stands now, dragged cards and their rerouted edges included.
    const DiagramLayout& currentLayout() const { return m_layout; }

    CardItem* card(int index) const { return m_cards[static_cast<std::size_t>(index)]; }
    CardItem* findCard(const QString& table) const;
    QString tableName(int index) const;

    // Marks one table (search hit, focus centre); an empty name clears the mark.
    void highlightTable(const QString& table);
    // The region everything is drawn in, with a margin.
    QRectF diagramRect() const;

    // Called by the items.
    void cardMoved(int index);
    void cardDropped(int index);
    void cardActivated(int index);

Q_SIGNALS:
    void tableSelected(const QString& table);
    void tableActivated(const QString& table);
    void tableDropped(const QString& table, QPointF topLeft);

private:
    void onSelectionChanged();

    ErGraph m_graph;
    DiagramLayout m_layout;
    CardMetrics m_metrics;
    DiagramPalette m_palette = DiagramPalette::light();
    DiagramFonts m_diagramFonts;
    CardFonts m_fonts{DiagramFonts{}};
    std::vector<CardItem*> m_cards;
    std::vector<EdgeItem*> m_edges;
    std::vector<std::vector<int>> m_edgesOfCard;
    CardItem* m_highlighted = nullptr;
    bool m_populating = false;
};

}  // namespace ss::ui
