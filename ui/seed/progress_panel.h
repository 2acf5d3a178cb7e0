#pragma once

#include "core/seed/load/seed_run.h"
#include "core/seed/seed_plan.h"

#include <QElapsedTimer>
#include <QWidget>

#include <vector>

class QLabel;
class QProgressBar;
class QTreeWidget;

namespace ss::ui {

// One progress bar per table with its rows, rows/s, time and phase (loading, building indexes, checking
// constraints, analyzing), and a line for the whole run: elapsed and an estimate of the time remaining.
class ProgressPanel : public QWidget {
    Q_OBJECT

public:
    enum Column { TableColumn, BarColumn, RowsColumn, RateColumn, TimeColumn, StatusColumn };

    explicit ProgressPanel(QWidget* parent = nullptr);

    // Lists the plan's tables, all waiting.
    void setPlan(const seed::SeedPlan& plan);
    void started();
    void update(const seed::TableProgress& progress);
    // Marks each table as the run left it.
    void finished(const seed::SeedRunResult& result);

    QTreeWidget* tables() const { return tables_; }
    QString summaryText() const;
    int percentDone(int table) const;

private:
    void refreshSummary();
    static QString statusText(const seed::TableProgress& progress);

    QTreeWidget* tables_;
    QLabel* summary_;
    std::vector<QProgressBar*> bars_;
    std::vector<std::int64_t> done_;
    std::vector<std::int64_t> totals_;
    QElapsedTimer clock_;
    bool running_ = false;
};

}  // namespace ss::ui
