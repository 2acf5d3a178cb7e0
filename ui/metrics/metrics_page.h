#pragma once

#include "core/db/run_log.h"
#include "ui/shell/page.h"
#include "ui/widgets/latest_job_runner.h"

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ss::ui {

class RunCharts;
class StatusLine;
class Workspace;

// The Metrics page: the active database's run log (dbx_runs) as charts (durations per phase over time, seeding
// throughput, tokens by model) and as a table filtered by phase and outcome. It reads the log again when it is
// shown, when the database changes and whenever a page logs a run.
class MetricsPage : public Page {
    Q_OBJECT

public:
    static constexpr FlowStage kStage = FlowStage::Metrics;

    explicit MetricsPage(Workspace& workspace, QWidget* parent = nullptr);

    FlowStage stage() const override { return kStage; }
    QIcon icon() const override;
    bool isBusy() const override { return jobs_.isRunning(); }

    void refresh();
    QTableWidget* table() const { return table_; }
    QComboBox* phaseFilter() const { return phase_; }
    QComboBox* statusFilter() const { return status_; }
    RunCharts* charts() const { return charts_; }
    QString statusText() const;

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showRuns();

    Workspace& workspace_;
    QComboBox* phase_;
    QComboBox* status_;
    QPushButton* reload_;
    RunCharts* charts_;
    QTableWidget* table_;
    StatusLine* statusLine_;
    std::vector<RunRecord> runs_;
    LatestJobRunner jobs_;
};

}  // namespace ss::ui
