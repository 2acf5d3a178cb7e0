#include "ui/diagram/diagram_legend.h"

#include "core/diagram/crows_foot.h"
#include "ui/diagram/diagram_scene.h"

#include <QPainter>

namespace ss::ui {

namespace {

constexpr int kLine = 20;
constexpr int kMargin = 10;
constexpr int kSwatch = 46;  // width of the sample column

struct EndSample {
    ErEnd end;
    const char* text;
};

}  // namespace

DiagramLegend::DiagramLegend(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

void DiagramLegend::setDiagramPalette(const DiagramPalette& palette)
{
    m_palette = palette;
    update();
}

QSize DiagramLegend::sizeHint() const
{
    const QFontMetrics fm(font());
    return {kMargin * 2 + kSwatch + 8 + fm.horizontalAdvance(tr("TYPE?  nullable column")), kMargin * 2 + kLine * 11};
}

void DiagramLegend::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor panel = toQColor(m_palette.cardFill);
    panel.setAlpha(235);
    p.setPen(QPen(toQColor(m_palette.cardBorder), 1));
    p.setBrush(panel);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

    const QColor text = toQColor(m_palette.rowText);
    int y = kMargin;
    const int textX = kMargin + kSwatch + 8;
    auto label = [&](const QString& s) {
        p.setPen(text);
        p.drawText(QRect(textX, y, width() - textX - kMargin, kLine), Qt::AlignVCenter | Qt::AlignLeft, s);
        y += kLine;
    };

    const std::pair<TableKind, QString> kinds[] = {
        {TableKind::Dimension, tr("dimension")}, {TableKind::Fact, tr("fact")}, {TableKind::Table, tr("table")}};
    for (const auto& [kind, name] : kinds) {
        p.setPen(Qt::NoPen);
        p.setBrush(toQColor(m_palette.headerFill(kind)));
        p.drawRoundedRect(QRectF(kMargin, y + 4, kSwatch, kLine - 8), 3, 3);
        label(name);
    }
    const std::pair<QString, QString> markers[] = {
        {QStringLiteral("PK"), tr("primary key")}, {QStringLiteral("FK"), tr("foreign key")},
        {QStringLiteral("PF"), tr("both")}, {QStringLiteral("TYPE?"), tr("nullable column")}};
    for (const auto& [mark, meaning] : markers) {
        p.setPen(toQColor(m_palette.typeText));
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(QRect(kMargin, y, kSwatch, kLine), Qt::AlignVCenter | Qt::AlignLeft, mark);
        p.setFont(font());
        label(meaning);
    }
    const EndSample ends[] = {{{false, false}, "exactly one"}, {{false, true}, "zero or one"},
                              {{true, true}, "zero or many"}, {{true, false}, "one or many"}};
    for (const auto& sample : ends) {
        const double cy = y + kLine / 2.0;
        const EdgePath path{{{kMargin + 2.0, cy}, {kMargin + 20.0, cy}, {kMargin + 30.0, cy}, {kMargin + kSwatch + 0.0, cy}}};
        p.setPen(QPen(toQColor(m_palette.edge), 1.2));
        p.setBrush(toQColor(m_palette.cardFill));
        p.drawLine(QPointF(kMargin + 2.0, cy), QPointF(kMargin + kSwatch, cy));
        p.drawLine(QPointF(kMargin + 2.0, cy - 7), QPointF(kMargin + 2.0, cy + 7));
        const CrowsFoot mark = crowsFootAt(sample.end, path, true);
        for (const auto& line : mark.lines)
            p.drawLine(QPointF(line.from.x, line.from.y), QPointF(line.to.x, line.to.y));
        for (const auto& ring : mark.rings)
            p.drawEllipse(QPointF(ring.centre.x, ring.centre.y), ring.radius, ring.radius);
        label(tr(sample.text));
    }
}

}  // namespace ss::ui
