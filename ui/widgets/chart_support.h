#pragma once

#include <QString>

class QChart;
class QChartView;

namespace ss::ui {

// A chart in the application's light or dark theme, with a title and narrow margins.
QChart* newThemedChart(const QString& title);

// Shows `chart` in `view` and deletes the chart it showed before (a view releases its chart without deleting it).
void replaceChart(QChartView* view, QChart* chart);

}  // namespace ss::ui
