#pragma once

#include "core/db/run_log.h"

#include <QWidget>

#include <vector>

class QChartView;

namespace ss::ui {

// The run log drawn three ways: how long each phase's runs took over time, how fast seeding wrote rows, and the
// tokens each language model took in and gave out.
class RunCharts : public QWidget {
    Q_OBJECT

public:
    explicit RunCharts(QWidget* parent = nullptr);

    void setRuns(const std::vector<RunRecord>& runs);

    QChartView* durations() const { return durations_; }
    QChartView* throughput() const { return throughput_; }
    QChartView* tokens() const { return tokens_; }

private:
    QChartView* durations_;
    QChartView* throughput_;
    QChartView* tokens_;
};

}  // namespace ss::ui
