#include "ui/plan/risk_badge.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>

namespace ss::ui {

namespace {

constexpr int kPaddingX = 8;
constexpr int kPaddingY = 2;

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QFont badgeFont(const QFont& base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

}  // namespace

BadgeColours riskBadgeColours(RiskLevel level, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (level) {
    case RiskLevel::Safe: return {dark ? QColor("#2ea043") : QColor("#1a7f37"), dark ? QColor("#04260f") : Qt::white};
    case RiskLevel::Medium: return {dark ? QColor("#d29922") : QColor("#9a6700"), dark ? QColor("#2b1d00") : Qt::white};
    case RiskLevel::High: return {dark ? QColor("#f85149") : QColor("#cf222e"), dark ? QColor("#2d0606") : Qt::white};
    }
    return {};
}

QString riskLabel(RiskLevel level)
{
    return QString::fromLatin1(toString(level));
}

void RiskBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant stored = index.data(Qt::UserRole);
    if (!stored.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const auto level = static_cast<RiskLevel>(stored.toInt());
    const BadgeColours colours = riskBadgeColours(level, option.palette);
    const QFont font = badgeFont(option.font);
    const QFontMetrics metrics(font);
    const QString label = riskLabel(level);
    const int height = std::min(option.rect.height() - 2, metrics.height() + 2 * kPaddingY);
    const QRect badge(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1,
                      metrics.horizontalAdvance(label) + 2 * kPaddingX, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colours.fill);
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(colours.text);
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, label);
    painter->restore();
}

QSize RiskBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QVariant stored = index.data(Qt::UserRole);
    if (!stored.isValid()) return size;
    const QFontMetrics metrics(badgeFont(option.font));
    const int widest = metrics.horizontalAdvance(riskLabel(RiskLevel::Medium));
    size.setWidth(std::max(size.width(), widest + 2 * kPaddingX + 8));
    size.setHeight(std::max(size.height(), metrics.height() + 2 * kPaddingY + 4));
    return size;
}

}  // namespace ss::ui
