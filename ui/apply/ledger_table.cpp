#include "ui/apply/ledger_table.h"

#include "ui/apply/status_colours.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>

namespace ss::ui {

namespace {

constexpr int kStateRole = Qt::UserRole;

RunState stateOf(LedgerStatus status)
{
    switch (status) {
    case LedgerStatus::Running: return RunState::Running;
    case LedgerStatus::Applied: return RunState::Done;
    case LedgerStatus::Failed: return RunState::Failed;
    }
    return RunState::Failed;
}

// The ledger keeps UTC ISO 8601; people read their local time.
QString localTime(const std::string& iso)
{
    if (iso.empty()) return {};
    const QDateTime utc = QDateTime::fromString(QString::fromStdString(iso), Qt::ISODateWithMs);
    if (!utc.isValid()) return QString::fromStdString(iso);
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString versions(const LedgerEntry& entry)
{
    if (entry.fromVersion.empty() && entry.toVersion.empty()) return {};
    const auto shown = [](const std::string& v) { return v.empty() ? QStringLiteral("—") : QString::fromStdString(v); };
    return QStringLiteral("%1 → %2").arg(shown(entry.fromVersion), shown(entry.toVersion));
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

}  // namespace

LedgerTable::LedgerTable(QWidget* parent) : QTableWidget(parent)
{
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels(
        {tr("Migration"), tr("Description"), tr("Versions"), tr("Applied at"), tr("By"), tr("Duration"), tr("Status"), tr("Error"), tr("Backup")});
    verticalHeader()->setVisible(false);
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

void LedgerTable::setEntries(const std::vector<LedgerEntry>& oldestFirst)
{
    clearContents();
    setRowCount(static_cast<int>(oldestFirst.size()));
    int row = 0;
    for (auto it = oldestFirst.rbegin(); it != oldestFirst.rend(); ++it, ++row) {
        const LedgerEntry& entry = *it;
        setItem(row, IdColumn, cell(QString::fromStdString(entry.id)));
        setItem(row, DescriptionColumn, cell(QString::fromStdString(entry.description)));
        setItem(row, VersionsColumn, cell(versions(entry)));
        setItem(row, AppliedAtColumn, cell(localTime(entry.appliedAt.empty() ? entry.startedAt : entry.appliedAt)));
        setItem(row, ByColumn, cell(QString::fromStdString(entry.appliedBy)));
        QTableWidgetItem* duration = cell(tr("%1 ms").arg(entry.durationMs));
        duration->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, DurationColumn, duration);
        QTableWidgetItem* status = cell(QString::fromLatin1(toString(entry.status)));
        status->setData(kStateRole, static_cast<int>(stateOf(entry.status)));
        setItem(row, StatusColumn, status);
        setItem(row, ErrorColumn, cell(QString::fromStdString(entry.error)));
        setItem(row, BackupColumn, cell(QString::fromStdString(entry.backup)));
        paintStatus(row);
    }
    for (int column : {IdColumn, VersionsColumn, AppliedAtColumn, ByColumn, DurationColumn, StatusColumn}) {
        resizeColumnToContents(column);
    }
    setColumnWidth(IdColumn, std::min(columnWidth(IdColumn), 260));
    setColumnWidth(DescriptionColumn, 280);
    setColumnWidth(ErrorColumn, 200);
}

void LedgerTable::paintStatus(int row)
{
    QTableWidgetItem* status = item(row, StatusColumn);
    if (!status) return;
    const auto state = static_cast<RunState>(status->data(kStateRole).toInt());
    status->setForeground(runStateColour(state, palette()));
    status->setIcon(runStateIcon(state));
    QFont font = status->font();
    font.setBold(true);
    status->setFont(font);
}

void LedgerTable::changeEvent(QEvent* event)
{
    QTableWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange) return;
    for (int row = 0; row < rowCount(); ++row) paintStatus(row);
}

}  // namespace ss::ui
