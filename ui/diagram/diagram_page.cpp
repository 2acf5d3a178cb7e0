#include "ui/diagram/diagram_page.h"

#include "ui/diagram/diagram_widget.h"
#include "ui/shell/workspace.h"
#include "ui/widgets/painted_icon.h"

#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace ss::ui {

DiagramPage::DiagramPage(Workspace& workspace, QWidget* parent)
    : Page(parent), workspace_(workspace), diagram_(new DiagramWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(diagram_);

    connect(&workspace_, &Workspace::modelChanged, this, &DiagramPage::showModel);
    connect(&workspace_, &Workspace::selectedTableChanged, diagram_, &DiagramWidget::selectTable);
    connect(diagram_, &DiagramWidget::tableActivated, &workspace_, &Workspace::setSelectedTable);
    connect(diagram_, &DiagramWidget::busyChanged, this, &Page::busyChanged);
    connect(diagram_, &DiagramWidget::layoutApplied, this, [this] {
        if (!workspace_.selectedTable().isEmpty())
            diagram_->selectTable(workspace_.selectedTable());
    });
    showModel();
}

void DiagramPage::showModel() { diagram_->setModel(workspace_.model(), workspace_.specPath()); }

bool DiagramPage::isBusy() const { return diagram_->isBusy(); }

QIcon DiagramPage::icon() const
{
    return paintedIcon([](QPainter& p, const QRectF& box, QIcon::Mode) {
        const qreal s = std::min(box.width(), box.height());
        p.translate(box.center() - QPointF(s / 2, s / 2));
        p.scale(s / 24.0, s / 24.0);
        const QColor ink(0x3b, 0x82, 0xf6);
        p.setPen(QPen(ink, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(2, 3, 8, 10), 1.5, 1.5);
        p.drawRoundedRect(QRectF(14, 11, 8, 10), 1.5, 1.5);
        p.drawLine(QPointF(2, 6.5), QPointF(10, 6.5));
        p.drawLine(QPointF(14, 14.5), QPointF(22, 14.5));
        QPainterPath link;
        link.moveTo(10, 9);
        link.cubicTo(13, 9, 11, 17, 14, 17);
        p.drawPath(link);
    });
}

}  // namespace ss::ui
