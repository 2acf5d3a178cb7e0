#include "ui/diagram/card_fonts.h"

#include "core/diagram/card_text.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace ss::ui {

namespace {

QFont makeFont(const DiagramFonts& fonts, int pixelSize, bool bold)
{
    QFont font(QString::fromStdString(fonts.family));
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setStyleHint(QFont::SansSerif);
    return font;
}

constexpr double kGap = 16;  // between a column's name and its type, and between a table's name and kind

}  // namespace

CardFonts::CardFonts(const DiagramFonts& fonts)
    : title(makeFont(fonts, fonts.titleSize, true))
    , kind(makeFont(fonts, fonts.kindSize, false))
    , row(makeFont(fonts, fonts.rowSize, false))
    , marker(makeFont(fonts, fonts.kindSize, true))
{
}

CardMetrics measureCards(const ErGraph& graph, const DiagramFonts& fonts)
{
    const CardFonts f(fonts);
    const QFontMetricsF title(f.title);
    const QFontMetricsF kind(f.kind);
    const QFontMetricsF row(f.row);
    const QFontMetricsF marker(f.marker);

    CardMetrics metrics;
    metrics.headerHeight = std::ceil(std::max(title.height(), kind.height()) + 10);
    metrics.rowHeight = std::ceil(row.height() + 5);
    metrics.padding = 8;
    metrics.markerWidth = std::ceil(marker.horizontalAdvance(QStringLiteral("PF")) + 8);
    metrics.widths.reserve(graph.cards.size());
    for (const auto& card : graph.cards) {
        double header = title.horizontalAdvance(QString::fromStdString(card.name)) + kGap
                        + kind.horizontalAdvance(QString::fromLatin1(cardKindText(card.kind)));
        double names = 0;
        double types = 0;
        for (const auto& r : card.rows) {
            names = std::max(names, row.horizontalAdvance(QString::fromStdString(r.name)));
            types = std::max(types, row.horizontalAdvance(QString::fromStdString(rowTypeText(r))));
        }
        const double body = metrics.markerWidth + names + kGap + types;
        metrics.widths.push_back(std::ceil(std::max({header, body, 120.0}) + 2 * metrics.padding));
    }
    return metrics;
}

}  // namespace ss::ui
