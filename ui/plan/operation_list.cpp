#include "ui/plan/operation_list.h"

#include "core/plan/impact_report.h"
#include "ui/plan/risk_badge.h"
#include "ui/widgets/painted_icon.h"

#include <QHeaderView>

namespace ss::ui {

namespace {

constexpr int kOperationRole = Qt::UserRole + 1;  // on every row: the 0-based operation it belongs to

bool isColumnOperation(OpKind kind)
{
    switch (kind) {
    case OpKind::AddColumn:
    case OpKind::DropColumn:
    case OpKind::RenameColumn:
    case OpKind::AlterColumnType:
    case OpKind::AlterColumnNullability:
    case OpKind::AlterColumnDefault:
    case OpKind::CommentColumn: return true;
    default: return false;
    }
}

}  // namespace

QString reasonText(const RiskFinding& finding)
{
    return QStringLiteral("%1 (%2): %3")
        .arg(QString::fromStdString(finding.code), riskLabel(finding.level), QString::fromStdString(finding.message));
}

QIcon riskIcon(RiskLevel level)
{
    switch (level) {
    case RiskLevel::High: return errorIcon();
    case RiskLevel::Medium: return warningIcon();
    case RiskLevel::Safe: return infoIcon();
    }
    return {};
}

QStringList addReasonRows(QTreeWidgetItem* item, const std::vector<RiskFinding>& findings, int operationRole, int operation)
{
    QStringList texts;
    for (const RiskFinding& finding : findings) {
        auto* reason = new QTreeWidgetItem(item);
        reason->setText(0, reasonText(finding));
        reason->setIcon(0, riskIcon(finding.level));
        reason->setToolTip(0, reason->text(0));
        reason->setData(0, operationRole, operation);
        texts << reason->text(0);
    }
    return texts;
}

void finishOperationRows(QTreeWidget& tree, const QList<QTreeWidgetItem*>& rows, int riskColumn)
{
    for (QTreeWidgetItem* item : rows) {
        // Spanning only takes once the item is in the tree.
        for (int child = 0; child < item->childCount(); ++child) item->child(child)->setFirstColumnSpanned(true);
        if (item->data(riskColumn, Qt::UserRole).toInt() != static_cast<int>(RiskLevel::Safe)) item->setExpanded(true);
    }
    // The reasons span every column from the first, so that column is sized for the step numbers alone.
    const QString widestNumber(QString::number(rows.size()).size(), QLatin1Char('9'));
    tree.header()->resizeSection(0, tree.indentation() + tree.fontMetrics().horizontalAdvance(widestNumber) + 16);
    tree.resizeColumnToContents(riskColumn);
}

QString operationKindLabel(OpKind kind)
{
    return QString::fromLatin1(toString(kind)).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString operationTarget(const Operation& op)
{
    const QString table = QString::fromStdString(op.table);
    const QString object = QString::fromStdString(operationObject(op));
    if (object.isEmpty()) return table;
    return isColumnOperation(op.kind) ? table + QLatin1Char('.') + object : QObject::tr("%1 on %2").arg(object, table);
}

QString operationDetail(const Operation& op, int index)
{
    QString html = QObject::tr("<b>%1. %2</b> — %3 risk")
                       .arg(index + 1)
                       .arg(QString::fromStdString(op.describe()).toHtmlEscaped(), riskLabel(op.risk()));
    for (const RiskFinding& finding : op.risks) html += QStringLiteral("<br>") + reasonText(finding).toHtmlEscaped();
    return html;
}

OperationList::OperationList(QWidget* parent) : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("#"), tr("Risk"), tr("Operation"), tr("Rules"), tr("Object")});
    setRootIsDecorated(true);
    setUniformRowHeights(false);
    setSelectionMode(SingleSelection);
    setAlternatingRowColors(true);
    setItemDelegateForColumn(RiskColumn, new RiskBadgeDelegate(this));
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    header()->setSectionResizeMode(ObjectColumn, QHeaderView::Stretch);
    setTextElideMode(Qt::ElideMiddle);
    connect(this, &QTreeWidget::currentItemChanged, this, [this] { Q_EMIT operationSelected(currentOperation()); });
}

void OperationList::setPlan(const Plan& plan)
{
    const QSignalBlocker blocker(this);
    clear();
    QList<QTreeWidgetItem*> rows;
    rows.reserve(static_cast<qsizetype>(plan.operations.size()));
    for (std::size_t i = 0; i < plan.operations.size(); ++i) {
        const Operation& op = plan.operations[i];
        auto* item = new QTreeWidgetItem;
        const QString description = QString::fromStdString(op.describe());
        item->setText(NumberColumn, QString::number(i + 1));
        item->setTextAlignment(NumberColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(RiskColumn, riskLabel(op.risk()));
        item->setData(RiskColumn, Qt::UserRole, static_cast<int>(op.risk()));
        item->setText(OperationColumn, operationKindLabel(op.kind));
        item->setText(ObjectColumn, operationTarget(op));
        QStringList codes;
        for (const RiskFinding& finding : op.risks) codes << QString::fromStdString(finding.code);
        const QStringList reasons = addReasonRows(item, op.risks, kOperationRole, static_cast<int>(i));
        item->setText(RulesColumn, codes.join(QStringLiteral(", ")));
        item->setData(NumberColumn, kOperationRole, static_cast<int>(i));
        const QString tip = reasons.isEmpty() ? description : description + QStringLiteral("\n\n") + reasons.join(QLatin1Char('\n'));
        for (int column = 0; column < ColumnCount; ++column) item->setToolTip(column, tip);
        rows << item;
    }
    addTopLevelItems(rows);
    finishOperationRows(*this, rows, RiskColumn);
    for (int column : {OperationColumn, RulesColumn}) resizeColumnToContents(column);
}

int OperationList::currentOperation() const
{
    const QTreeWidgetItem* item = currentItem();
    return item ? item->data(NumberColumn, kOperationRole).toInt() : -1;
}

void OperationList::selectOperation(int index)
{
    if (index < 0 || index >= topLevelItemCount()) return;
    setCurrentItem(topLevelItem(index));
    scrollToItem(topLevelItem(index));
}

}  // namespace ss::ui
