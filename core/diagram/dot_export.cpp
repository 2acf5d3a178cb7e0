#include "core/diagram/dot_export.h"

#include "core/diagram/card_text.h"
#include "core/util/xml_escape.h"

namespace ss {

namespace {

std::string quoted(const std::string& text)
{
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            out.push_back('\\');
        out.push_back(c);
    }
    return out + "\"";
}

// Graphviz arrow names list shapes from the node outwards: the maximum mark first, then the minimum.
const char* arrowFor(const ErEnd& end)
{
    if (end.many)
        return end.optional ? "crowodot" : "crowtee";
    return end.optional ? "teeodot" : "teetee";
}

void writeCard(std::string& out, std::size_t index, const ErCard& card, const DiagramPalette& palette,
               const DiagramFonts& fonts)
{
    const std::string muted = toHexColour(palette.typeText);
    out += "  n" + std::to_string(index) + " [label=<<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\" COLOR=\""
           + toHexColour(palette.cardBorder) + "\" BGCOLOR=\"" + toHexColour(palette.cardFill) + "\">";
    out += "<TR><TD COLSPAN=\"3\" ALIGN=\"LEFT\" BGCOLOR=\"" + toHexColour(palette.headerFill(card.kind)) + "\"><FONT COLOR=\""
           + toHexColour(palette.headerText) + "\" POINT-SIZE=\"" + std::to_string(fonts.titleSize) + "\"><B>"
           + xmlEscape(card.name) + "</B></FONT> <FONT COLOR=\"" + toHexColour(palette.headerText) + "\" POINT-SIZE=\""
           + std::to_string(fonts.kindSize) + "\">" + cardKindText(card.kind) + "</FONT></TD></TR>";
    for (std::size_t r = 0; r < card.rows.size(); ++r) {
        const ErRow& row = card.rows[r];
        const std::string port = "r" + std::to_string(r);
        // Graphviz rejects an empty <FONT></FONT>: columns without a key marker get an empty cell.
        const std::string marker = rowMarker(row);
        out += "<TR><TD PORT=\"" + port + "w\" ALIGN=\"LEFT\">"
               + (marker.empty() ? std::string() : "<FONT COLOR=\"" + muted + "\">" + marker + "</FONT>")
               + "</TD><TD ALIGN=\"LEFT\">" + xmlEscape(row.name) + "</TD><TD PORT=\"" + port
               + "e\" ALIGN=\"RIGHT\"><FONT COLOR=\"" + muted + "\">" + xmlEscape(rowTypeText(row)) + "</FONT></TD></TR>";
    }
    out += "</TABLE>>, tooltip=" + quoted(card.name) + "];\n";
}

}  // namespace

std::string exportDot(const ErGraph& graph, LayoutEngine engine, const DiagramPalette& palette,
                      const DiagramFonts& fonts)
{
    std::string out;
    out.reserve(256 + graph.cards.size() * 600 + graph.edges.size() * 80);
    const std::string font = quoted(fonts.family);
    out += "digraph er {\n";
    out += "  graph [layout=" + std::string(toString(engine)) + ", bgcolor=\"" + toHexColour(palette.background) + "\"";
    if (engine == LayoutEngine::Dot)
        out += ", rankdir=LR, nodesep=0.35, ranksep=1.1";
    else
        out += ", overlap=false, sep=\"+14\", splines=true";
    out += "];\n";
    out += "  node [shape=plaintext, margin=0, fontname=" + font + ", fontsize=" + std::to_string(fonts.rowSize)
           + ", fontcolor=\"" + toHexColour(palette.rowText) + "\"];\n";
    out += "  edge [dir=both, arrowsize=0.8, color=\"" + toHexColour(palette.edge) + "\"];\n";
    for (std::size_t i = 0; i < graph.cards.size(); ++i)
        writeCard(out, i, graph.cards[i], palette, fonts);
    for (const auto& edge : graph.edges) {
        // East of the referencing row to west of the referenced row: left to right, like the rank direction.
        out += "  n" + std::to_string(edge.fromCard) + ":r" + std::to_string(edge.fromRow) + "e:e -> n"
               + std::to_string(edge.toCard) + ":r" + std::to_string(edge.toRow) + "w:w [arrowtail=" + arrowFor(edge.fromEnd)
               + ", arrowhead=" + arrowFor(edge.toEnd) + ", tooltip=" + quoted(edge.name) + "];\n";
    }
    out += "}\n";
    return out;
}

}  // namespace ss
