#include "ui/metrics/run_charts.h"

#include "ui/widgets/chart_support.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <map>

namespace ss::ui {

namespace {

constexpr int kChartHeight = 230;

qint64 startOf(const RunRecord& run)
{
    return QDateTime::fromString(QString::fromStdString(run.startedAt), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

// Points over time, one series per key; the axes span what is drawn.
void overTime(QChart* chart, const std::map<QString, std::vector<QPointF>>& series, const QString& unit, int ticks)
{
    auto* x = new QDateTimeAxis;
    x->setTickCount(ticks);
    auto* y = new QValueAxis;
    y->setTitleText(unit);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    qint64 first = 0, last = 0;
    double top = 0;
    for (const auto& [name, points] : series) {
        auto* line = new QLineSeries;
        line->setName(name);
        line->setPointsVisible(true);
        for (const QPointF& p : points) {
            line->append(p);
            first = first == 0 ? static_cast<qint64>(p.x()) : std::min(first, static_cast<qint64>(p.x()));
            last = std::max(last, static_cast<qint64>(p.x()));
            top = std::max(top, p.y());
        }
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    const qint64 pad = std::max<qint64>(60000, (last - first) / 20);
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(first - pad);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(last + pad);
    x->setRange(from, to);
    // Times of one day need no date; a longer span needs no minutes.
    x->setFormat(from.date() == to.date() ? QStringLiteral("HH:mm") : QStringLiteral("MMM d"));
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->setLabelFormat(top >= 100 ? QStringLiteral("%.0f") : QStringLiteral("%.3g"));
    chart->legend()->setVisible(series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

QChartView* newView(QWidget* parent, const QString& name)
{
    auto* view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(kChartHeight);
    view->setObjectName(name);
    return view;
}

}  // namespace

RunCharts::RunCharts(QWidget* parent)
    : QWidget(parent),
      durations_(newView(this, QStringLiteral("durations"))),
      throughput_(newView(this, QStringLiteral("throughput"))),
      tokens_(newView(this, QStringLiteral("tokens")))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(durations_, 3);
    layout->addWidget(throughput_, 2);
    layout->addWidget(tokens_, 2);
    setRuns({});
}

void RunCharts::setRuns(const std::vector<RunRecord>& runs)
{
    std::map<QString, std::vector<QPointF>> durations;
    std::map<QString, std::vector<QPointF>> rates;
    std::map<QString, std::pair<qint64, qint64>> tokens;
    for (const RunRecord& run : runs) {
        const qint64 at = startOf(run);
        if (at <= 0 || run.status == "running")
            continue;
        durations[QString::fromStdString(run.kind)].push_back(QPointF(static_cast<qreal>(at), static_cast<double>(run.durationMs) / 1000.0));
        if (run.kind == "seed" && run.rowsPerSecond > 0)
            rates[tr("rows/s")].push_back(QPointF(static_cast<qreal>(at), run.rowsPerSecond));
        if (!run.model.empty()) {
            auto& [in, out] = tokens[QString::fromStdString(run.model)];
            in += run.tokensIn;
            out += run.tokensOut;
        }
    }
    for (auto& [kind, points] : durations)
        std::sort(points.begin(), points.end(), [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); });
    for (auto& [kind, points] : rates)
        std::sort(points.begin(), points.end(), [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); });

    QChart* d = newThemedChart(durations.empty() ? tr("Duration per phase: no runs yet") : tr("Duration per phase"));
    if (!durations.empty()) overTime(d, durations, tr("seconds"), 5);
    replaceChart(durations_, d);

    QChart* t = newThemedChart(rates.empty() ? tr("Seeding throughput: no seeding yet") : tr("Seeding throughput"));
    if (!rates.empty()) overTime(t, rates, tr("rows per second"), 3);
    replaceChart(throughput_, t);

    QChart* k = newThemedChart(tokens.empty() ? tr("Tokens by model: no model used") : tr("Tokens by model"));
    if (!tokens.empty()) {
        auto* in = new QBarSet(tr("in"));
        auto* out = new QBarSet(tr("out"));
        QStringList models;
        qint64 top = 0;
        for (const auto& [model, counts] : tokens) {
            models << model;
            *in << static_cast<qreal>(counts.first);
            *out << static_cast<qreal>(counts.second);
            top = std::max({top, counts.first, counts.second});
        }
        auto* series = new QBarSeries;
        series->append(in);
        series->append(out);
        k->addSeries(series);
        auto* x = new QBarCategoryAxis;
        x->append(models);
        auto* y = new QValueAxis;
        y->setRange(0, static_cast<double>(top) * 1.1);
        y->setLabelFormat(QStringLiteral("%d"));
        k->addAxis(x, Qt::AlignBottom);
        k->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        k->legend()->setAlignment(Qt::AlignBottom);
    }
    replaceChart(tokens_, k);
}

}  // namespace ss::ui
