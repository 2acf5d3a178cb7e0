#include "ui/proposals/review_history.h"

#include "ui/apply/status_colours.h"

#include <QDateTime>
#include <QHeaderView>
#include <QTreeWidget>

namespace ss::ui {

namespace {

QTreeWidget* newTree(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    tree->setObjectName(name);
    return tree;
}

QString localTime(const std::string& iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromStdString(iso), Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString::fromStdString(iso);
}

}  // namespace

ReviewHistory::ReviewHistory(QWidget* parent)
    : QTabWidget(parent),
      timeline_(newTree({tr("When"), tr("Action"), tr("Who"), tr("Proposal"), tr("Outcome")}, QStringLiteral("timeline"), this)),
      registry_(newTree({tr("Table"), tr("State"), tr("Rows filled"), tr("Created"), tr("From proposal")}, QStringLiteral("registry"), this))
{
    addTab(timeline_, tr("History"));
    addTab(registry_, tr("Dynamic tables"));
}

void ReviewHistory::setHistory(const std::vector<evolve::HistoryEntry>& history, const std::vector<evolve::DynamicTable>& tables)
{
    timeline_->clear();
    for (const evolve::HistoryEntry& h : history) {
        auto* item = new QTreeWidgetItem(timeline_);
        item->setText(0, localTime(h.executedAt));
        item->setText(1, QString::fromStdString(h.action));
        item->setText(2, QString::fromStdString(h.executedBy));
        item->setText(3, h.proposalId == "*" ? tr("(all)") : QString::fromStdString(h.proposalId));
        const RunState state = h.success ? RunState::Done : RunState::Failed;
        item->setIcon(4, runStateIcon(state));
        item->setForeground(4, runStateColour(state, palette()));
        QString outcome = h.success ? tr("done") : QString::fromStdString(h.error);
        if (h.success && h.action == "approve" && h.rows > 0)
            outcome = tr("done, %n row(s) filled", nullptr, static_cast<int>(h.rows));
        if (h.success && !h.notes.empty())
            outcome += QStringLiteral(" — ") + QString::fromStdString(h.notes);
        item->setText(4, outcome);
        item->setToolTip(4, QString::fromStdString(h.sqlExecuted.empty() ? h.error : h.sqlExecuted));
    }
    registry_->clear();
    for (const evolve::DynamicTable& t : tables) {
        auto* item = new QTreeWidgetItem(registry_);
        item->setText(0, QString::fromStdString(t.tableName));
        item->setText(1, t.active ? tr("active") : tr("rolled back"));
        item->setIcon(1, runStateIcon(t.active ? RunState::Done : RunState::Skipped));
        item->setText(2, QString::number(t.rows));
        item->setText(3, localTime(t.createdAt));
        item->setText(4, QString::fromStdString(t.proposalId));
        item->setToolTip(0, QString::fromStdString(t.schema));
    }
}

}  // namespace ss::ui
