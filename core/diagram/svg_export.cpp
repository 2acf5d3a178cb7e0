#include "core/diagram/svg_export.h"

#include "core/diagram/card_text.h"
#include "core/diagram/crows_foot.h"
#include "core/util/xml_escape.h"

#include <cstdio>

namespace ss {

namespace {

constexpr double kMargin = 20;
constexpr double kCorner = 4;

std::string num(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

// The baseline that centres a line of text of this size on y (DejaVu-like ascent/descent), as Qt's AlignVCenter does.
double baseline(double centreY, int size) { return centreY + 0.35 * size; }

std::string text(double x, double y, int size, std::uint32_t colour, const std::string& content,
                 const char* anchor = nullptr, bool bold = false)
{
    std::string out = "<text x=\"" + num(x) + "\" y=\"" + num(baseline(y, size)) + "\" font-size=\"" + std::to_string(size)
                      + "\" fill=\"" + toHexColour(colour) + "\"";
    if (anchor)
        out += std::string(" text-anchor=\"") + anchor + "\"";
    if (bold)
        out += " font-weight=\"bold\"";
    return out + ">" + xmlEscape(content) + "</text>";
}

void writeEdge(std::string& out, const ErEdge& edge, const EdgePath& path, const DiagramPalette& palette)
{
    if (path.points.size() < 2)
        return;
    out += "<g class=\"relationship\" data-name=\"" + xmlEscape(edge.name) + "\"><title>" + xmlEscape(edge.name) + "</title>";
    out += "<path d=\"M" + num(path.points[0].x) + "," + num(path.points[0].y);
    for (std::size_t k = 1; k + 2 < path.points.size(); k += 3) {
        out += " C";
        for (std::size_t j = 0; j < 3; ++j)
            out += (j ? " " : "") + num(path.points[k + j].x) + "," + num(path.points[k + j].y);
    }
    out += "\"/>";
    for (const auto& mark : {crowsFootAt(edge.fromEnd, path, true), crowsFootAt(edge.toEnd, path, false)}) {
        for (const auto& line : mark.lines)
            out += "<line x1=\"" + num(line.from.x) + "\" y1=\"" + num(line.from.y) + "\" x2=\"" + num(line.to.x) + "\" y2=\""
                   + num(line.to.y) + "\"/>";
        for (const auto& ring : mark.rings)
            out += "<circle cx=\"" + num(ring.centre.x) + "\" cy=\"" + num(ring.centre.y) + "\" r=\"" + num(ring.radius)
                   + "\" fill=\"" + toHexColour(palette.background) + "\"/>";
    }
    out += "</g>\n";
}

void writeCard(std::string& out, const ErCard& card, const RectF& r, const CardMetrics& metrics,
               const DiagramPalette& palette, const DiagramFonts& fonts)
{
    const std::string x = num(r.x), y = num(r.y), w = num(r.width), h = num(r.height);
    out += std::string("<g class=\"table ") + cardKindText(card.kind) + "\" data-table=\"" + xmlEscape(card.name) + "\">";
    out += "<title>" + xmlEscape(card.name) + "</title>";
    out += "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + w + "\" height=\"" + h + "\" rx=\"" + num(kCorner)
           + "\" fill=\"" + toHexColour(palette.cardFill) + "\"/>";
    // The header: rounded at the top only, square where it meets the rows.
    const double hb = r.y + metrics.headerHeight;
    out += "<path d=\"M" + x + "," + num(hb) + " V" + num(r.y + kCorner) + " Q" + x + "," + y + " " + num(r.x + kCorner) + ","
           + y + " H" + num(r.right() - kCorner) + " Q" + num(r.right()) + "," + y + " " + num(r.right()) + ","
           + num(r.y + kCorner) + " V" + num(hb) + " Z\" fill=\"" + toHexColour(palette.headerFill(card.kind)) + "\"/>";
    const double headerCentre = r.y + metrics.headerHeight / 2;
    out += text(r.x + metrics.padding, headerCentre, fonts.titleSize, palette.headerText, card.name, nullptr, true);
    out += text(r.right() - metrics.padding, headerCentre, fonts.kindSize, palette.headerText, cardKindText(card.kind), "end");
    for (std::size_t i = 0; i < card.rows.size(); ++i) {
        const ErRow& row = card.rows[i];
        const double cy = r.y + metrics.rowCentre(static_cast<int>(i));
        const std::string marker = rowMarker(row);
        if (!marker.empty())
            out += text(r.x + metrics.padding, cy, fonts.kindSize, palette.typeText, marker, nullptr, true);
        out += text(r.x + metrics.padding + metrics.markerWidth, cy, fonts.rowSize, palette.rowText, row.name);
        out += text(r.right() - metrics.padding, cy, fonts.rowSize, palette.typeText, rowTypeText(row), "end");
    }
    out += "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + w + "\" height=\"" + h + "\" rx=\"" + num(kCorner)
           + "\" fill=\"none\" stroke=\"" + toHexColour(palette.cardBorder) + "\"/>";
    out += "</g>\n";
}

}  // namespace

std::string exportSvg(const ErGraph& graph, const DiagramLayout& layout, const CardMetrics& metrics,
                      const DiagramPalette& palette, const DiagramFonts& fonts)
{
    const RectF& b = layout.bounds;
    const double width = b.width + 2 * kMargin;
    const double height = b.height + 2 * kMargin;
    std::string out;
    out.reserve(1024 + graph.cards.size() * 1500 + graph.edges.size() * 400);
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + num(width) + "\" height=\"" + num(height)
           + "\" viewBox=\"" + num(b.x - kMargin) + " " + num(b.y - kMargin) + " " + num(width) + " " + num(height)
           + "\" font-family=\"" + xmlEscape(fonts.family) + ", Verdana, sans-serif\">\n";
    out += "<rect x=\"" + num(b.x - kMargin) + "\" y=\"" + num(b.y - kMargin) + "\" width=\"" + num(width) + "\" height=\""
           + num(height) + "\" fill=\"" + toHexColour(palette.background) + "\"/>\n";
    out += "<g class=\"relationships\" fill=\"none\" stroke=\"" + toHexColour(palette.edge) + "\" stroke-width=\"1.2\">\n";
    for (std::size_t i = 0; i < graph.edges.size() && i < layout.edges.size(); ++i)
        writeEdge(out, graph.edges[i], layout.edges[i], palette);
    out += "</g>\n";
    for (std::size_t i = 0; i < graph.cards.size() && i < layout.cards.size(); ++i)
        writeCard(out, graph.cards[i], layout.cards[i], metrics, palette, fonts);
    out += "</svg>\n";
    return out;
}

}  // namespace ss
