#pragma once

#include "core/plan/plan.h"

#include <QTreeWidget>

namespace ss::ui {

// The plan's operations in the order they run: number, risk badge, what is done, the rules that found risk,
// and what it is done to. Each risky operation unfolds into its reasons, one full-width row per rule, and
// starts unfolded.
class OperationList : public QTreeWidget {
    Q_OBJECT

public:
    enum Column { NumberColumn, RiskColumn, OperationColumn, RulesColumn, ObjectColumn, ColumnCount };

    explicit OperationList(QWidget* parent = nullptr);

    void setPlan(const Plan& plan);
    // The 0-based index of the operation selected (or of the one whose reason is selected), -1 for none.
    int currentOperation() const;
    void selectOperation(int index);

Q_SIGNALS:
    void operationSelected(int index);
};

// "add column", "drop foreign key": an operation kind as people say it.
QString operationKindLabel(OpKind kind);
// What an operation acts on: "dim_company.region" for a column, "ix_region on dim_company" for an index or a
// constraint, the table or view itself otherwise.
QString operationTarget(const Operation& op);

// A rule's finding on one line: "DS102 (high): drops column ...".
QString reasonText(const RiskFinding& finding);
// The icon a finding of this level is listed with.
QIcon riskIcon(RiskLevel level);

// Unfolds an operation's row into one row per finding, each holding `operation` in `operationRole`; returns their
// texts. Once the rows are in the tree, finishOperationRows() spans the reasons across the row, unfolds the risky
// operations and fits the first column (the step numbers) and the risk column (badges in Qt::UserRole).
QStringList addReasonRows(QTreeWidgetItem* item, const std::vector<RiskFinding>& findings, int operationRole, int operation);
void finishOperationRows(QTreeWidget& tree, const QList<QTreeWidgetItem*>& rows, int riskColumn);

// The full story of operation `index` (0-based) as rich text: its step, what it does and its risk, then every
// rule's finding on a line of its own.
QString operationDetail(const Operation& op, int index);

}  // namespace ss::ui
