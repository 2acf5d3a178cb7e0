#include "ui/seed/progress_panel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <numeric>

namespace ss::ui {

namespace {

QString duration(double seconds)
{
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(seconds, 0, 'f', seconds < 10 ? 1 : 0);
    const int whole = static_cast<int>(seconds);
    return QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

QString count(std::int64_t n)
{
    return QLocale().toString(static_cast<qlonglong>(n));
}

}  // namespace

ProgressPanel::ProgressPanel(QWidget* parent) : QWidget(parent), tables_(new QTreeWidget(this)), summary_(new QLabel(this))
{
    tables_->setRootIsDecorated(false);
    tables_->setUniformRowHeights(true);
    tables_->setSelectionMode(QAbstractItemView::NoSelection);
    tables_->setHeaderLabels({tr("Table"), tr("Progress"), tr("Rows"), tr("Rows/s"), tr("Time"), tr("Status")});
    tables_->header()->setStretchLastSection(false);
    tables_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tables_->header()->setSectionResizeMode(BarColumn, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summary_);
    layout->addWidget(tables_, 1);
    summary_->setWordWrap(true);  // a failure names the table, the row and the database's message
    summary_->setText(tr("Not run yet"));
}

void ProgressPanel::setPlan(const seed::SeedPlan& plan)
{
    if (running_)
        return;
    tables_->clear();
    bars_.clear();
    done_.assign(plan.tables.size(), 0);
    totals_.clear();
    for (const seed::PlannedTable& table : plan.tables) {
        auto* item = new QTreeWidgetItem(tables_);
        item->setText(TableColumn, QString::fromStdString(table.name));
        item->setText(RowsColumn, QStringLiteral("0 / %1").arg(count(table.rows)));
        item->setTextAlignment(RowsColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(RateColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(StatusColumn, tr("waiting"));
        auto* bar = new QProgressBar(tables_);
        bar->setRange(0, 1000);
        bar->setValue(0);
        bar->setTextVisible(false);
        bar->setMaximumHeight(tables_->fontMetrics().height());
        tables_->setItemWidget(item, BarColumn, bar);
        bars_.push_back(bar);
        totals_.push_back(table.rows);
    }
}

void ProgressPanel::started()
{
    running_ = true;
    clock_.start();
    std::fill(done_.begin(), done_.end(), 0);
    for (int i = 0; i < tables_->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = tables_->topLevelItem(i);
        bars_[static_cast<std::size_t>(i)]->setValue(0);
        item->setText(RowsColumn, QStringLiteral("0 / %1").arg(count(totals_[static_cast<std::size_t>(i)])));
        item->setText(RateColumn, {});
        item->setText(TimeColumn, {});
        item->setText(StatusColumn, tr("waiting"));
    }
    refreshSummary();
}

void ProgressPanel::update(const seed::TableProgress& progress)
{
    QTreeWidgetItem* item = tables_->topLevelItem(static_cast<int>(progress.table));
    if (!item)
        return;
    const std::size_t i = progress.table;
    const bool rows = progress.phase == seed::LoadPhase::Insert || progress.phase == seed::LoadPhase::Update;
    if (progress.phase == seed::LoadPhase::Insert)
        done_[i] = progress.rowsDone;
    const double share = progress.rowsTotal > 0 ? static_cast<double>(progress.rowsDone) / static_cast<double>(progress.rowsTotal) : 1;
    bars_[i]->setValue(static_cast<int>(share * 1000));
    item->setText(RowsColumn, QStringLiteral("%1 / %2").arg(count(progress.rowsDone), count(progress.rowsTotal)));
    if (rows)
        item->setText(RateColumn, count(static_cast<std::int64_t>(progress.rowsPerSecond)));
    const double remaining = progress.rowsPerSecond > 0 ? static_cast<double>(progress.rowsTotal - progress.rowsDone) / progress.rowsPerSecond : 0;
    if (progress.phase != seed::LoadPhase::Analyze)
        item->setText(TimeColumn, progress.finished || !rows ? duration(progress.seconds)
                                                             : tr("%1, %2 left").arg(duration(progress.seconds), duration(remaining)));
    item->setText(StatusColumn, statusText(progress));
    refreshSummary();
}

// What the table is doing: its rows going in, then what was set aside for them put back and verified (indexes,
// constraints), its statistics, the keys closing a cycle.
QString ProgressPanel::statusText(const seed::TableProgress& progress)
{
    if (progress.finished)
        return progress.phase == seed::LoadPhase::Update ? tr("loaded, cycle keys set") : tr("committed");
    switch (progress.phase) {
    case seed::LoadPhase::Insert: return tr("loading");
    case seed::LoadPhase::Indexes: return tr("building indexes");
    case seed::LoadPhase::Constraints: return tr("checking constraints");
    case seed::LoadPhase::Analyze: return tr("analyzing");
    case seed::LoadPhase::Update: return tr("setting cycle keys");
    }
    return {};
}

void ProgressPanel::finished(const seed::SeedRunResult& result)
{
    running_ = false;
    for (std::size_t i = 0; i < result.tables.size() && i < bars_.size(); ++i) {
        const seed::TableLoadResult& table = result.tables[i];
        QTreeWidgetItem* item = tables_->topLevelItem(static_cast<int>(i));
        item->setText(StatusColumn, QString::fromLatin1(seed::toString(table.status)));
        if (table.status != seed::TableStatus::Loaded) {
            bars_[i]->setValue(0);
            item->setText(RowsColumn, QStringLiteral("%1 / %2").arg(count(table.rows), count(table.plannedRows)));
        }
        done_[i] = table.rows;
    }
    summary_->setText(result.ok() ? tr("Done: %1 rows in %2 (%3 rows/s)")
                                        .arg(count(result.rows), duration(result.seconds), count(static_cast<std::int64_t>(result.rowsPerSecond)))
                                  : result.detail.empty() ? tr("Stopped before loading")
                                                          : tr("%1: %2").arg(QString::fromLatin1(seed::toString(result.status)),
                                                                             QString::fromStdString(result.detail)));
    summary_->setToolTip(summary_->text());
}

void ProgressPanel::refreshSummary()
{
    const auto done = std::accumulate(done_.begin(), done_.end(), std::int64_t{0});
    const auto total = std::accumulate(totals_.begin(), totals_.end(), std::int64_t{0});
    const double seconds = clock_.isValid() ? clock_.nsecsElapsed() / 1e9 : 0;
    const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
    QString text = tr("Elapsed %1 — %2 of %3 rows").arg(duration(seconds), count(done), count(total));
    if (rate > 0 && done < total)
        text += tr(" — about %1 left at %2 rows/s").arg(duration(static_cast<double>(total - done) / rate), count(static_cast<std::int64_t>(rate)));
    summary_->setText(text);
}

QString ProgressPanel::summaryText() const
{
    return summary_->text();
}

int ProgressPanel::percentDone(int table) const
{
    return table >= 0 && table < static_cast<int>(bars_.size()) ? bars_[static_cast<std::size_t>(table)]->value() / 10 : 0;
}

}  // namespace ss::ui
