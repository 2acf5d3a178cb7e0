#include "ui/explore/answer_chart.h"

#include "ui/widgets/chart_support.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QStackedLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ss::ui {

namespace {

QString figureOf(const QVariant& v)
{
    if (v.isNull())
        return QStringLiteral("—");
    const double n = v.toDouble();
    return n == std::floor(n) && std::fabs(n) < 1e15 ? QLocale().toString(static_cast<qlonglong>(n)) : QLocale().toString(n, 'f', 2);
}

// Fits a value axis to what is drawn, from zero when everything is positive.
QValueAxis* valueAxis(double low, double high)
{
    auto* axis = new QValueAxis;
    axis->setRange(std::min(0.0, low), high > 0 ? high * 1.08 : 1);
    axis->setLabelFormat(high >= 1000 ? QStringLiteral("%.0f") : QStringLiteral("%.3g"));
    axis->setTickCount(5);
    return axis;
}

}  // namespace

AnswerChart::AnswerChart(QWidget* parent)
    : QWidget(parent), stack_(new QStackedLayout(this)), figure_(new QLabel(this)), note_(new QLabel(this)), view_(new QChartView(this))
{
    figure_->setAlignment(Qt::AlignCenter);
    QFont big = figure_->font();
    big.setPointSizeF(big.pointSizeF() * 3);
    big.setBold(true);
    figure_->setFont(big);
    figure_->setObjectName(QStringLiteral("figure"));
    note_->setAlignment(Qt::AlignCenter);
    note_->setWordWrap(true);
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setObjectName(QStringLiteral("chart"));
    stack_->addWidget(note_);
    stack_->addWidget(figure_);
    stack_->addWidget(view_);
    clear(tr("Ask a question: its answer is drawn here."));
}

QString AnswerChart::figureText() const
{
    return figure_->text();
}

void AnswerChart::clear(const QString& why)
{
    kind_ = Kind::None;
    note_->setText(why);
    stack_->setCurrentWidget(note_);
}

void AnswerChart::showAnswer(const query::Answer& answer)
{
    const auto& rows = answer.result.rows;
    if (!answer.plan || !answer.query || rows.empty()) {
        clear(rows.empty() && answer.executed ? tr("No rows.") : tr("Nothing to draw."));
        return;
    }
    const query::QueryPlan& plan = *answer.plan;
    const std::vector<std::string>& columns = answer.query->columns;
    const std::size_t groups = plan.groups.size();
    const std::size_t measures = plan.measures.size();
    if (groups == 0 && measures == 1 && rows.size() == 1) {
        kind_ = Kind::Figure;
        figure_->setText(figureOf(rows.front().front()) + "\n" + QString::fromStdString(columns.front()).replace('_', ' '));
        stack_->setCurrentWidget(figure_);
        return;
    }
    if (groups != 1 || measures == 0 || plan.list) {
        clear(groups == 0 ? tr("One row: see the table.") : tr("Drawn for one grouping; this answer has %1.").arg(groups));
        return;
    }
    const bool overTime = plan.groups.front().grain != query::TimeGrain::None;
    if (!overTime && rows.size() > static_cast<std::size_t>(kMaxBars)) {
        clear(tr("%1 categories are too many to draw as bars: see the table.").arg(rows.size()));
        return;
    }
    // Bars read best largest first; a timeline reads in time order.
    std::vector<std::size_t> order(rows.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    if (overTime)
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return rows[a][0].toString() < rows[b][0].toString(); });
    QStringList categories;
    for (std::size_t i : order)
        categories << (rows[i][0].isNull() ? tr("(none)") : rows[i][0].toString());
    QChart* chart = newThemedChart(QString::fromStdString(answer.question));
    double low = 0, high = 0;
    QAbstractAxis* x = nullptr;
    if (overTime) {
        // A label every few periods: sixty months side by side leave no room to read any.
        auto* periods = new QCategoryAxis;
        periods->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        periods->setRange(0, std::max<double>(1, categories.size() - 1));
        const int step = std::max<int>(1, static_cast<int>(std::ceil(categories.size() / 5.0)));
        for (int i = 0; i < categories.size(); i += step)
            periods->append(categories[i], i);
        x = periods;
    } else {
        auto* names = new QBarCategoryAxis;
        names->append(categories);
        if (categories.size() > 8)
            names->setLabelsAngle(-45);
        x = names;
    }
    chart->addAxis(x, Qt::AlignBottom);
    if (overTime) {
        kind_ = Kind::Line;
        std::vector<QLineSeries*> lines;
        for (std::size_t m = 0; m < measures; ++m) {
            auto* line = new QLineSeries;
            line->setName(QString::fromStdString(columns[groups + m]).replace('_', ' '));
            for (std::size_t k = 0; k < order.size(); ++k) {
                const double v = rows[order[k]][groups + m].toDouble();
                low = std::min(low, v);
                high = std::max(high, v);
                line->append(static_cast<double>(k), v);
            }
            chart->addSeries(line);
            lines.push_back(line);
        }
        QValueAxis* y = valueAxis(low, high);
        chart->addAxis(y, Qt::AlignLeft);
        for (QLineSeries* line : lines) {
            line->attachAxis(x);
            line->attachAxis(y);
        }
    } else {
        kind_ = Kind::Bars;
        auto* series = new QBarSeries;
        for (std::size_t m = 0; m < measures; ++m) {
            auto* set = new QBarSet(QString::fromStdString(columns[groups + m]).replace('_', ' '));
            for (std::size_t i : order) {
                const double v = rows[i][groups + m].toDouble();
                low = std::min(low, v);
                high = std::max(high, v);
                *set << v;
            }
            series->append(set);
        }
        chart->addSeries(series);
        QValueAxis* y = valueAxis(low, high);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    chart->legend()->setVisible(measures > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    replaceChart(view_, chart);
    stack_->setCurrentWidget(view_);
}

}  // namespace ss::ui
