#include "ui/widgets/chart_support.h"

#include "ui/shell/theme.h"

#include <QChart>
#include <QChartView>

namespace ss::ui {

QChart* newThemedChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTheme(currentTheme() == Theme::Dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

}  // namespace ss::ui
