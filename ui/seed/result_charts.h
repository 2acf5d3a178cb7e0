#pragma once

#include "ui/seed/seed_runner.h"

#include <QWidget>

#include <vector>

class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QTableWidget;

namespace ss::ui {

// What a run generated, one table at a time: a chart per column (a histogram of numbers, bars for categories,
// a line over time for dates) and the table's report (null share, distinct count, min, max, mean, percentiles).
class ResultCharts : public QWidget {
    Q_OBJECT

public:
    explicit ResultCharts(QWidget* parent = nullptr);

    void setInsights(std::vector<TableInsight> insights, const std::vector<double>& percentiles);
    void showTable(int index);

    QComboBox* tableChooser() const { return chooser_; }
    QTableWidget* reportTable() const { return report_; }
    const std::vector<QChartView*>& charts() const { return charts_; }

private:
    void fillReport(const seed::TableReport& report);

    QComboBox* chooser_;
    QWidget* chartArea_;
    QGridLayout* chartGrid_;
    QLabel* placeholder_;
    QTableWidget* report_;
    std::vector<TableInsight> insights_;
    std::vector<double> percentiles_;
    std::vector<QChartView*> charts_;
};

}  // namespace ss::ui
