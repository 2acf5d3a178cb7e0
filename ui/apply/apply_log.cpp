#include "ui/apply/apply_log.h"

#include "ui/apply/status_colours.h"

#include <QEvent>
#include <QHeaderView>

namespace ss::ui {

namespace {

constexpr int kStateRole = Qt::UserRole;      // on the status cell: the RunState, for repainting
constexpr int kStatementRole = Qt::UserRole + 1;  // on the number cell: the statement's index, 0 for messages

RunState stateOf(StatementStatus status)
{
    switch (status) {
    case StatementStatus::Running: return RunState::Running;
    case StatementStatus::Applied: return RunState::Done;
    case StatementStatus::Failed: return RunState::Failed;
    case StatementStatus::Skipped: return RunState::Skipped;
    }
    return RunState::Failed;
}

}  // namespace

ApplyLog::ApplyLog(QWidget* parent) : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("#"), tr("Statement"), tr("Duration"), tr("Status")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(SingleSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(StatementColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(DurationColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
}

void ApplyLog::start(int statements)
{
    clear();
    rows_.clear();
    rows_.reserve(statements);
}

void ApplyLog::addStatement(const StatementProgress& progress)
{
    QTreeWidgetItem*& row = rows_[progress.index];
    if (!row) {
        row = new QTreeWidgetItem(this);
        row->setText(NumberColumn, QStringLiteral("%1/%2").arg(progress.index).arg(progress.total));
        row->setTextAlignment(NumberColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setData(NumberColumn, kStatementRole, progress.index);
        row->setText(StatementColumn, QString::fromStdString(progress.firstLine));
        row->setToolTip(StatementColumn, row->text(StatementColumn));
    }
    if (progress.status != StatementStatus::Running) {
        row->setText(DurationColumn, tr("%1 ms").arg(progress.durationMs));
        row->setTextAlignment(DurationColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    row->setText(StatusColumn, QString::fromLatin1(toString(progress.status)));
    row->setData(StatusColumn, kStateRole, static_cast<int>(stateOf(progress.status)));
    if (!progress.error.empty()) {
        const QString error = QString::fromStdString(progress.error);
        row->setToolTip(StatusColumn, error);
        auto* detail = new QTreeWidgetItem(this);
        detail->setText(NumberColumn, error);
        detail->setData(NumberColumn, kStatementRole, 0);
        detail->setFirstColumnSpanned(true);
        detail->setIcon(NumberColumn, runStateIcon(RunState::Failed));
        detail->setToolTip(NumberColumn, error);
    }
    paintState(row);
    scrollToItem(row);
}

void ApplyLog::addMessage(const QString& text)
{
    auto* row = new QTreeWidgetItem(this);
    row->setText(NumberColumn, text);
    row->setData(NumberColumn, kStatementRole, 0);
    row->setToolTip(NumberColumn, text);
    row->setFirstColumnSpanned(true);
    QFont font = row->font(NumberColumn);
    font.setItalic(true);
    row->setFont(NumberColumn, font);
    scrollToItem(row);
}

QList<QTreeWidgetItem*> ApplyLog::statementRows() const
{
    QList<QTreeWidgetItem*> out;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(NumberColumn, kStatementRole).toInt() > 0) out << topLevelItem(i);
    }
    return out;
}

void ApplyLog::paintState(QTreeWidgetItem* row)
{
    const QVariant stored = row->data(StatusColumn, kStateRole);
    if (!stored.isValid()) return;
    const auto state = static_cast<RunState>(stored.toInt());
    row->setForeground(StatusColumn, runStateColour(state, palette()));
    row->setIcon(StatusColumn, runStateIcon(state));
    QFont font = row->font(StatusColumn);
    font.setBold(true);
    row->setFont(StatusColumn, font);
}

void ApplyLog::changeEvent(QEvent* event)
{
    QTreeWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange) return;
    for (int i = 0; i < topLevelItemCount(); ++i) paintState(topLevelItem(i));
}

}  // namespace ss::ui
