#include "ui/widgets/status_line.h"

#include <QHBoxLayout>
#include <QLabel>

namespace ss::ui {

StatusLine::StatusLine(QWidget* parent)
    : QWidget(parent), layout_(new QHBoxLayout(this)), icon_(new QLabel(this)), text_(new QLabel(this))
{
    layout_->setContentsMargins(0, 0, 0, 0);
    const int iconSize = text_->fontMetrics().height();
    icon_->setFixedSize(iconSize, iconSize);
    text_->setTextFormat(Qt::PlainText);
    text_->setWordWrap(true);  // a located error is long; it wraps rather than being cut off
    layout_->addWidget(icon_, 0, Qt::AlignTop);
    layout_->addWidget(text_, 1);
}

void StatusLine::setMessage(const QString& text, const QIcon& icon)
{
    const int iconSize = text_->fontMetrics().height();
    icon_->setPixmap(icon.pixmap(iconSize, iconSize));
    text_->setText(text);
}

void StatusLine::setText(const QString& text)
{
    text_->setText(text);
}

QString StatusLine::text() const
{
    return text_->text();
}

void StatusLine::addTrailingWidget(QWidget* widget)
{
    layout_->addWidget(widget);
}

}  // namespace ss::ui
