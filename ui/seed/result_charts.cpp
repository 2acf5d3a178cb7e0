#include "ui/seed/result_charts.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ss::ui {

namespace {

constexpr int kChartHeight = 220;

QString statText(const seed::StatValue& value)
{
    return value.number ? QString::number(*value.number, 'g', 12) : QString::fromStdString(value.text);
}

bool darkPalette(const QWidget* widget)
{
    return widget->palette().color(QPalette::Window).lightness() < 128;
}

QValueAxis* countAxis(std::int64_t max)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, static_cast<double>(std::max<std::int64_t>(max, 1)) * 1.05);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickCount(4);
    return axis;
}

std::int64_t maxCount(const seed::ColumnDistribution& d)
{
    return d.counts.empty() ? 0 : *std::max_element(d.counts.begin(), d.counts.end());
}

// Bins drawn as a filled step line over a numeric axis, so the axis shows round values whatever the bin edges.
void histogram(QChart* chart, const seed::ColumnDistribution& d)
{
    auto* upper = new QLineSeries;
    for (std::size_t i = 0; i < d.counts.size(); ++i) {
        upper->append(d.edges[i], static_cast<double>(d.counts[i]));
        upper->append(d.edges[i + 1], static_cast<double>(d.counts[i]));
    }
    auto* lower = new QLineSeries;
    lower->append(d.edges.front(), 0);
    lower->append(d.edges.back(), 0);
    auto* series = new QAreaSeries(upper, lower);
    series->setName(QString::fromStdString(d.column));
    chart->addSeries(series);
    auto* x = new QValueAxis;
    x->setRange(d.edges.front(), d.edges.back());
    x->setTickCount(5);
    x->setLabelFormat(QStringLiteral("%.4g"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis* y = countAxis(maxCount(d));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

void categories(QChart* chart, const seed::ColumnDistribution& d)
{
    auto* set = new QBarSet(QString::fromStdString(d.column));
    QStringList labels;
    // Horizontal bars list the most frequent value on top: the axis runs bottom-up, so the list is reversed.
    for (std::size_t i = d.counts.size(); i-- > 0;) {
        *set << static_cast<double>(d.counts[i]);
        QString label = QString::fromStdString(d.labels[i]);
        labels << (label.size() > 18 ? label.left(17) + QChar(0x2026) : label);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis* x = countAxis(maxCount(d));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
}

void overTime(QChart* chart, const seed::ColumnDistribution& d)
{
    auto* series = new QLineSeries;
    series->setName(QString::fromStdString(d.column));
    const bool byDay = !d.labels.empty() && d.labels.front().size() > 7;
    for (std::size_t i = 0; i < d.labels.size(); ++i) {
        const QString label = QString::fromStdString(d.labels[i]);
        const QDate day = QDate::fromString(byDay ? label : label + QStringLiteral("-01"), Qt::ISODate);
        if (day.isValid())
            series->append(static_cast<double>(QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()), static_cast<double>(d.counts[i]));
    }
    chart->addSeries(series);
    auto* x = new QDateTimeAxis;
    x->setFormat(byDay ? QStringLiteral("MMM d") : QStringLiteral("MMM yyyy"));
    x->setTickCount(5);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis* y = countAxis(maxCount(d));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

}  // namespace

ResultCharts::ResultCharts(QWidget* parent)
    : QWidget(parent), chooser_(new QComboBox(this)), chartArea_(new QWidget), chartGrid_(new QGridLayout(chartArea_)),
      placeholder_(new QLabel(tr("Charts of the generated data appear here after a run: a histogram per number, bars per "
                                 "category, a line over time per date, and the report of each table."),
                              chartArea_)),
      report_(new QTableWidget(this))
{
    auto* header = new QHBoxLayout;
    auto* label = new QLabel(tr("&Generated data of"), this);
    label->setBuddy(chooser_);
    chooser_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    header->addWidget(label);
    header->addWidget(chooser_);
    header->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(chartArea_);
    chartGrid_->setContentsMargins(0, 0, 0, 0);
    placeholder_->setWordWrap(true);
    placeholder_->setAlignment(Qt::AlignCenter);
    placeholder_->setEnabled(false);
    chartGrid_->addWidget(placeholder_, 0, 0, 1, 2);
    chartGrid_->setColumnStretch(0, 1);
    chartGrid_->setColumnStretch(1, 1);
    chooser_->setEnabled(false);

    report_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    report_->verticalHeader()->hide();
    report_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    report_->setAlternatingRowColors(true);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(scroll);
    splitter->addWidget(report_);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    connect(chooser_, &QComboBox::currentIndexChanged, this, &ResultCharts::showTable);
}

void ResultCharts::setInsights(std::vector<TableInsight> insights, const std::vector<double>& percentiles)
{
    insights_ = std::move(insights);
    percentiles_ = percentiles;
    const QSignalBlocker blocker(chooser_);
    chooser_->clear();
    for (const TableInsight& insight : insights_)
        chooser_->addItem(QStringLiteral("%1 (%2 rows)").arg(QString::fromStdString(insight.report.table),
                                                            QLocale().toString(static_cast<qlonglong>(insight.report.rows))));
    chooser_->setEnabled(!insights_.empty());
    // The last table loaded is the fact table in a star schema: the one people want to see first.
    const int start = insights_.empty() ? -1 : static_cast<int>(insights_.size()) - 1;
    chooser_->setCurrentIndex(start);
    showTable(start);
}

void ResultCharts::showTable(int index)
{
    for (QChartView* view : charts_)
        view->deleteLater();
    charts_.clear();
    report_->clear();
    report_->setRowCount(0);
    const bool shown = index >= 0 && index < static_cast<int>(insights_.size());
    placeholder_->setVisible(!shown);
    report_->setVisible(shown);
    if (!shown)
        return;
    const TableInsight& insight = insights_[static_cast<std::size_t>(index)];
    const bool dark = darkPalette(this);
    int cell = 0;
    for (const seed::ColumnDistribution& d : insight.distributions) {
        if (d.shape == seed::ColumnDistribution::Shape::None)
            continue;
        auto* chart = new QChart;
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setTitle(QString::fromStdString(d.column));
        chart->legend()->hide();
        chart->setMargins(QMargins(4, 4, 4, 4));
        switch (d.shape) {
        case seed::ColumnDistribution::Shape::Histogram: histogram(chart, d); break;
        case seed::ColumnDistribution::Shape::Categories: categories(chart, d); break;
        case seed::ColumnDistribution::Shape::OverTime: overTime(chart, d); break;
        case seed::ColumnDistribution::Shape::None: break;
        }
        auto* view = new QChartView(chart, chartArea_);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(kChartHeight);
        view->setObjectName(QString::fromStdString(d.column));
        chartGrid_->addWidget(view, cell / 2, cell % 2);
        charts_.push_back(view);
        ++cell;
    }
    fillReport(insight.report);
}

void ResultCharts::fillReport(const seed::TableReport& report)
{
    QStringList headers = {tr("Column"), tr("Type"), tr("Null %"), tr("Distinct"), tr("Min"), tr("Max"), tr("Mean")};
    for (double p : percentiles_)
        headers << QStringLiteral("p%1").arg(p);
    report_->setColumnCount(static_cast<int>(headers.size()));
    report_->setHorizontalHeaderLabels(headers);
    report_->setRowCount(static_cast<int>(report.columns.size()));
    for (int r = 0; r < static_cast<int>(report.columns.size()); ++r) {
        const seed::ColumnReport& c = report.columns[static_cast<std::size_t>(r)];
        QStringList cells = {QString::fromStdString(c.name), QString::fromStdString(c.type.toString()),
                             QString::number(c.nullRatio * 100, 'f', 1), QLocale().toString(static_cast<qlonglong>(c.distinct)),
                             c.min ? statText(*c.min) : QString(), c.max ? statText(*c.max) : QString(),
                             c.mean ? QString::number(*c.mean, 'g', 8) : QString()};
        for (double p : percentiles_) {
            QString text;
            for (const seed::PercentileValue& v : c.percentiles)
                if (v.percent == p)
                    text = statText(v.value);
            cells << text;
        }
        for (int col = 0; col < static_cast<int>(cells.size()); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (col >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            report_->setItem(r, col, item);
        }
    }
}

}  // namespace ss::ui
