#include "ui/apply/script_operation_list.h"

#include "ui/plan/operation_list.h"
#include "ui/plan/risk_badge.h"

#include <QHeaderView>

namespace ss::ui {

namespace {

constexpr int kOperationRole = Qt::UserRole + 1;

}  // namespace

ScriptOperationList::ScriptOperationList(QWidget* parent) : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("#"), tr("Risk"), tr("Operation")});
    setRootIsDecorated(true);
    setSelectionMode(SingleSelection);
    setAlternatingRowColors(true);
    setItemDelegateForColumn(RiskColumn, new RiskBadgeDelegate(this));
    header()->setStretchLastSection(true);
    setTextElideMode(Qt::ElideRight);
    connect(this, &QTreeWidget::currentItemChanged, this, [this] { Q_EMIT operationSelected(currentOperation()); });
}

void ScriptOperationList::setOperations(const std::vector<ScriptOperation>& operations)
{
    const QSignalBlocker blocker(this);
    clear();
    QList<QTreeWidgetItem*> rows;
    for (std::size_t i = 0; i < operations.size(); ++i) {
        const ScriptOperation& op = operations[i];
        auto* item = new QTreeWidgetItem;
        item->setText(NumberColumn, QString::number(op.step));
        item->setTextAlignment(NumberColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(RiskColumn, riskLabel(op.risk));
        item->setData(RiskColumn, Qt::UserRole, static_cast<int>(op.risk));
        item->setText(DescriptionColumn, QString::fromStdString(op.description));
        item->setData(NumberColumn, kOperationRole, static_cast<int>(i));
        const QStringList tip = QStringList{item->text(DescriptionColumn)} +
                                addReasonRows(item, op.reasons, kOperationRole, static_cast<int>(i));
        for (int column = 0; column < ColumnCount; ++column) item->setToolTip(column, tip.join(QLatin1Char('\n')));
        rows << item;
    }
    addTopLevelItems(rows);
    finishOperationRows(*this, rows, RiskColumn);
}

int ScriptOperationList::currentOperation() const
{
    const QTreeWidgetItem* item = currentItem();
    return item ? item->data(NumberColumn, kOperationRole).toInt() : -1;
}

}  // namespace ss::ui
