#include "core/diagram/manual_positions.h"

#include "core/util/atomic_file.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace ss {

namespace {

constexpr std::size_t kMaxLayoutFileBytes = 16u * 1024u * 1024u;
constexpr double kClearance = 24;  // gap kept between a card pushed aside and the pinned card it met

}  // namespace

std::string layoutFilePath(const std::string& specPath) { return specPath + ".layout.json"; }

std::string readManualPositions(const std::string& path, ManualPositions& positions)
{
    positions.tables.clear();
    if (!QFileInfo::exists(QString::fromStdString(path)))
        return {};
    std::string content;
    std::string error;
    if (!readWholeFile(path, content, error, kMaxLayoutFileBytes))
        return error;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(content), &parseError);
    if (doc.isNull())
        return path + ": not valid JSON at offset " + std::to_string(parseError.offset) + ": "
               + parseError.errorString().toStdString() + " (delete the file to forget the dragged positions)";
    const QJsonValue tables = doc.object().value(QStringLiteral("tables"));
    if (!doc.isObject() || !tables.isObject())
        return path + ": expected an object with a \"tables\" object mapping table names to {\"x\", \"y\"}";
    const QJsonObject map = tables.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QJsonObject pos = it.value().toObject();
        const QJsonValue x = pos.value(QStringLiteral("x"));
        const QJsonValue y = pos.value(QStringLiteral("y"));
        if (!x.isDouble() || !y.isDouble())
            return path + ": table \"" + it.key().toStdString() + "\" needs numeric \"x\" and \"y\"";
        positions.tables[it.key().toStdString()] = {x.toDouble(), y.toDouble()};
    }
    return {};
}

std::string writeManualPositions(const std::string& path, const ManualPositions& positions)
{
    QJsonObject tables;
    for (const auto& [name, p] : positions.tables)
        tables.insert(QString::fromStdString(name), QJsonObject{{QStringLiteral("x"), std::round(p.x)},
                                                                 {QStringLiteral("y"), std::round(p.y)}});
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("tables"), tables}};
    return writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented).toStdString());
}

EdgePath directEdgePath(const RectF& from, double fromY, const RectF& to, double toY)
{
    const double fromCentre = from.centre().x;
    const double toCentre = to.centre().x;
    const bool sameColumn = from.x < to.right() && to.x < from.right();
    // +1 leaves/enters on the right side, -1 on the left.
    const double fromSide = sameColumn || toCentre >= fromCentre ? 1 : -1;
    const double toSide = sameColumn ? 1 : -fromSide;
    const PointF start{fromSide > 0 ? from.right() : from.x, fromY};
    const PointF end{toSide > 0 ? to.right() : to.x, toY};
    const double reach = std::max(40.0, std::abs(end.x - start.x) / 2);
    return {{start, {start.x + fromSide * reach, start.y}, {end.x + toSide * reach, end.y}, end}};
}

void rerouteEdges(const ErGraph& graph, const CardMetrics& metrics, const std::vector<bool>& moved,
                  DiagramLayout& layout)
{
    for (std::size_t i = 0; i < graph.edges.size() && i < layout.edges.size(); ++i) {
        const ErEdge& e = graph.edges[i];
        if (!moved[static_cast<std::size_t>(e.fromCard)] && !moved[static_cast<std::size_t>(e.toCard)])
            continue;
        const RectF& from = layout.cards[static_cast<std::size_t>(e.fromCard)];
        const RectF& to = layout.cards[static_cast<std::size_t>(e.toCard)];
        layout.edges[i] = directEdgePath(from, from.y + metrics.rowCentre(e.fromRow), to, to.y + metrics.rowCentre(e.toRow));
    }
}

int applyManualPositions(const ErGraph& graph, const CardMetrics& metrics, const ManualPositions& positions,
                         DiagramLayout& layout)
{
    if (positions.empty() || layout.cards.size() != graph.cards.size())
        return 0;
    std::vector<bool> moved(graph.cards.size(), false);
    std::vector<bool> pinned(graph.cards.size(), false);
    std::vector<RectF> placed;
    for (const auto& [name, p] : positions.tables) {
        const int i = graph.cardIndex(name);
        if (i < 0)
            continue;
        RectF& r = layout.cards[static_cast<std::size_t>(i)];
        pinned[static_cast<std::size_t>(i)] = true;
        if (r.x != p.x || r.y != p.y) {
            r.x = p.x;
            r.y = p.y;
            moved[static_cast<std::size_t>(i)] = true;
        }
        placed.push_back(r);
    }
    if (placed.empty())
        return 0;
    // Free cards, top to bottom, step below whatever placed card they meet until they meet none.
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < graph.cards.size(); ++i)
        if (!pinned[i])
            order.push_back(i);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return layout.cards[a].y < layout.cards[b].y; });
    for (std::size_t i : order) {
        RectF& r = layout.cards[i];
        for (bool clash = true; clash;) {
            clash = false;
            for (const RectF& other : placed) {
                if (r.intersects(other, kClearance / 2)) {
                    r.y = other.bottom() + kClearance;
                    moved[i] = clash = true;
                }
            }
        }
        placed.push_back(r);
    }
    rerouteEdges(graph, metrics, moved, layout);
    layout.recomputeBounds();
    return static_cast<int>(std::count(moved.begin(), moved.end(), true));
}

}  // namespace ss
