#pragma once

#include "core/plan/operation.h"

#include <QColor>
#include <QStyledItemDelegate>

class QPalette;

namespace ss::ui {

struct BadgeColours {
    QColor fill;
    QColor text;
};

// The colours of a risk level's badge: green, amber, red, chosen so that the label stays readable (WCAG AA
// contrast) on the badge and the badge stands out from the light or the dark palette's base.
BadgeColours riskBadgeColours(RiskLevel level, const QPalette& palette);
QString riskLabel(RiskLevel level);

// Draws the risk level stored in an item's Qt::UserRole (an int of ss::RiskLevel) as a rounded badge in place
// of its text. Items without that role are drawn as usual.
class RiskBadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace ss::ui
