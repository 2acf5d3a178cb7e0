#include "ui/shell/drift_banner.h"

#include "ui/widgets/painted_icon.h"
#include "ui/widgets/plural.h"

#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ss::ui {

DriftBanner::DriftBanner(QWidget* parent)
    : QFrame(parent), icon_(new QLabel(this)), text_(new QLabel(this)), review_(new QPushButton(tr("&Review in Plan"), this))
{
    setObjectName(QStringLiteral("DriftBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    text_->setTextFormat(Qt::PlainText);
    text_->setWordWrap(true);
    QFont bold = text_->font();
    bold.setBold(true);
    text_->setFont(bold);
    const int iconSize = text_->fontMetrics().height() + 4;
    icon_->setPixmap(warningIcon().pixmap(iconSize, iconSize));
    review_->setToolTip(tr("Open the Plan page with the live database as current and current.yml as target"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(icon_);
    layout->addWidget(text_, 1);
    layout->addWidget(review_);
    connect(review_, &QPushButton::clicked, this, &DriftBanner::reviewRequested);
    applyColours();
    QFrame::hide();
}

void DriftBanner::show(const DriftCheck& check)
{
    if (!check.checked || !check.error.isEmpty() || check.differences == 0) {
        hide();
        return;
    }
    text_->setText(tr("The live database has drifted from %1: %2")
                       .arg(QFileInfo(check.specPath).fileName(), plural(check.differences, "difference", "differences")));
    QFrame::show();
}

QString DriftBanner::text() const
{
    return text_->text();
}

void DriftBanner::applyColours()
{
    QPalette p = QApplication::palette();
    const bool dark = p.color(QPalette::Base).lightness() < 128;
    p.setColor(QPalette::Window, dark ? QColor("#3b2e0a") : QColor("#fff4d6"));
    p.setColor(QPalette::WindowText, dark ? QColor("#f2cc60") : QColor("#6b4a00"));
    setPalette(p);
}

void DriftBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    // Setting our own palette sends a PaletteChange too: only follow the application's.
    if (event->type() == QEvent::ApplicationPaletteChange) applyColours();
}

}  // namespace ss::ui
