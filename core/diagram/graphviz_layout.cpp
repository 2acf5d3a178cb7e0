#include "core/diagram/graphviz_layout.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <string>
#include <vector>

namespace ss {

namespace {

// cgraph and gvc keep process-wide state (string pools, the error buffer, plugin tables): one layout at a time.
std::mutex& graphvizMutex()
{
    static std::mutex mutex;
    return mutex;
}

struct ContextHolder {
    GVC_t* context = gvContext();
    ~ContextHolder() { gvFreeContext(context); }
};

GVC_t* graphvizContext()
{
    static ContextHolder holder;
    return holder.context;
}

char* cstr(const char* text) { return const_cast<char*>(text); }

// A label that reserves exactly the card's area: a header cell and one cell per row, each a port.
std::string cardLabel(const ErCard& card, int width, int headerHeight, int rowHeight)
{
    const std::string w = std::to_string(width);
    const std::string rh = std::to_string(rowHeight);
    std::string html;
    html.reserve(96 + card.rows.size() * 72);
    html += "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR><TD FIXEDSIZE=\"TRUE\" WIDTH=\"";
    html += w + "\" HEIGHT=\"" + std::to_string(headerHeight) + "\"></TD></TR>";
    for (std::size_t i = 0; i < card.rows.size(); ++i)
        html += "<TR><TD PORT=\"r" + std::to_string(i) + "\" FIXEDSIZE=\"TRUE\" WIDTH=\"" + w + "\" HEIGHT=\"" + rh
                + "\"></TD></TR>";
    html += "</TABLE>";
    return html;
}

void setGraphAttributes(Agraph_t* g, LayoutEngine engine)
{
    auto set = [g](const char* name, const char* value) { agattr(g, AGRAPH, cstr(name), cstr(value)); };
    if (engine == LayoutEngine::Dot) {
        set("rankdir", "LR");
        set("nodesep", "0.35");
        set("ranksep", "1.1");
    } else {
        set("overlap", "false");
        set("sep", "+14");
        set("splines", "true");
    }
}

double squaredDistance(PointF a, PointF b) { return (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y); }

}  // namespace

const char* toString(LayoutEngine engine)
{
    switch (engine) {
    case LayoutEngine::Dot: return "dot";
    case LayoutEngine::Neato: return "neato";
    case LayoutEngine::Fdp: return "fdp";
    }
    return "dot";
}

std::optional<LayoutEngine> parseLayoutEngine(std::string_view text)
{
    for (LayoutEngine e : {LayoutEngine::Dot, LayoutEngine::Neato, LayoutEngine::Fdp})
        if (text == toString(e))
            return e;
    return std::nullopt;
}

LayoutResult layoutErGraph(const ErGraph& graph, const CardMetrics& metrics, LayoutEngine engine)
{
    LayoutResult result;
    if (metrics.widths.size() != graph.cards.size()) {
        result.error = "card metrics give " + std::to_string(metrics.widths.size()) + " widths for "
                       + std::to_string(graph.cards.size()) + " tables";
        return result;
    }
    if (graph.cards.empty())
        return result;

    const int headerHeight = static_cast<int>(std::ceil(metrics.headerHeight));
    const int rowHeight = static_cast<int>(std::ceil(metrics.rowHeight));

    std::lock_guard<std::mutex> lock(graphvizMutex());
    GVC_t* gvc = graphvizContext();
    Agraph_t* g = agopen(cstr("er"), Agdirected, nullptr);
    setGraphAttributes(g, engine);
    agattr(g, AGNODE, cstr("shape"), cstr("plaintext"));
    Agsym_t* label = agattr(g, AGNODE, cstr("label"), cstr(""));
    agattr(g, AGNODE, cstr("margin"), cstr("0"));
    agattr(g, AGNODE, cstr("width"), cstr("0"));
    agattr(g, AGNODE, cstr("height"), cstr("0"));
    Agsym_t* tailport = agattr(g, AGEDGE, cstr("tailport"), cstr(""));
    Agsym_t* headport = agattr(g, AGEDGE, cstr("headport"), cstr(""));
    agattr(g, AGEDGE, cstr("dir"), cstr("none"));

    std::vector<Agnode_t*> nodes;
    nodes.reserve(graph.cards.size());
    std::vector<int> widths;
    widths.reserve(graph.cards.size());
    for (std::size_t i = 0; i < graph.cards.size(); ++i) {
        const std::string id = "n" + std::to_string(i);
        Agnode_t* n = agnode(g, cstr(id.c_str()), 1);
        widths.push_back(static_cast<int>(std::ceil(metrics.widths[i])));
        const std::string html = cardLabel(graph.cards[i], widths.back(), headerHeight, rowHeight);
        char* htmlRef = agstrdup_html(g, cstr(html.c_str()));
        agxset(n, label, htmlRef);
        agstrfree(g, htmlRef);
        nodes.push_back(n);
    }
    std::vector<Agedge_t*> edges;
    edges.reserve(graph.edges.size());
    for (const auto& edge : graph.edges) {
        Agedge_t* e = agedge(g, nodes[static_cast<std::size_t>(edge.fromCard)], nodes[static_cast<std::size_t>(edge.toCard)],
                             nullptr, 1);
        agxset(e, tailport, cstr(("r" + std::to_string(edge.fromRow)).c_str()));
        agxset(e, headport, cstr(("r" + std::to_string(edge.toRow)).c_str()));
        edges.push_back(e);
    }

    if (gvLayout(gvc, g, toString(engine)) != 0) {
        char* message = aglasterr();
        result.error = std::string("Graphviz could not lay out the diagram with ") + toString(engine)
                       + (message ? ": " + std::string(message) : std::string());
        agclose(g);
        return result;
    }

    const boxf bb = GD_bb(g);
    auto toScene = [&bb](pointf p) { return PointF{p.x - bb.LL.x, bb.UR.y - p.y}; };
    DiagramLayout& layout = result.layout;
    layout.cards.reserve(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const PointF c = toScene(ND_coord(nodes[i]));
        const double w = widths[i];
        const double h = headerHeight + rowHeight * static_cast<double>(graph.cards[i].rows.size());
        layout.cards.push_back({c.x - w / 2, c.y - h / 2, w, h});
    }
    layout.edges.reserve(edges.size());
    for (std::size_t i = 0; i < edges.size(); ++i) {
        EdgePath path;
        const splines* spl = ED_spl(edges[i]);
        for (int b = 0; spl && b < spl->size; ++b) {
            const bezier& bz = spl->list[b];
            for (int k = (b == 0 ? 0 : 1); k < bz.size; ++k)
                path.points.push_back(toScene(bz.list[k]));
        }
        const ErEdge& edge = graph.edges[i];
        if (path.points.size() >= 2) {
            const RectF& from = layout.cards[static_cast<std::size_t>(edge.fromCard)];
            const PointF fromRow{from.centre().x, from.y + metrics.rowCentre(edge.fromRow)};
            if (squaredDistance(path.end(), fromRow) < squaredDistance(path.start(), fromRow))
                std::reverse(path.points.begin(), path.points.end());
        }
        layout.edges.push_back(std::move(path));
    }
    gvFreeLayout(gvc, g);
    agclose(g);
    layout.recomputeBounds();
    return result;
}

}  // namespace ss
