#include "ui/widgets/page_sections.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ss::ui {

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QWidget* titled(QLabel* title, QWidget* body, QWidget* parent)
{
    auto* panel = new QWidget(parent);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(title);
    layout->addWidget(body, 1);
    return panel;
}

void styleAsSummary(QLabel* label)
{
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    font.setBold(true);
    label->setFont(font);
}

}  // namespace ss::ui
