#include "ui/apply/duration_chart.h"

#include "ui/apply/status_colours.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace ss::ui {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// A tick step of 1, 2 or 5 times a power of ten giving about four intervals up to `longest`, so that the axis
// labels are whole, distinct numbers.
long long tickStep(long long longest)
{
    long long step = 1;
    while (true) {
        for (long long factor : {1, 2, 5}) {
            if (step * factor * 4 >= longest) return step * factor;
        }
        step *= 10;
    }
}

}  // namespace

DurationChart::DurationChart(QWidget* parent)
    : QChartView(new QChart, parent),
      series_(new QStackedBarSeries),
      applied_(new QBarSet(tr("applied"))),
      failed_(new QBarSet(tr("failed"))),
      x_(new QBarCategoryAxis),
      y_(new QValueAxis)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(150);
    // The page titles the chart and the tooltips name the migrations: the plot keeps all the height it can.
    QChart* c = chart();
    c->setMargins(QMargins(2, 2, 2, 2));
    c->legend()->setAlignment(Qt::AlignBottom);
    // Two stacked sets, one of which is zero at each bar: a bar takes its outcome's colour.
    series_->append(applied_);
    series_->append(failed_);
    c->addSeries(series_);
    c->addAxis(x_, Qt::AlignBottom);
    c->addAxis(y_, Qt::AlignLeft);
    series_->attachAxis(x_);
    series_->attachAxis(y_);
    y_->setLabelFormat(QStringLiteral("%d"));
    connect(series_, &QStackedBarSeries::hovered, this, [this](bool status, int index, QBarSet*) {
        if (!status || index < 0 || index >= static_cast<int>(shown_.size())) {
            QToolTip::hideText();
            return;
        }
        const LedgerEntry& entry = shown_[static_cast<std::size_t>(index)];
        QToolTip::showText(QCursor::pos(), tr("%1\n%2 ms, %3").arg(QString::fromStdString(entry.id)).arg(entry.durationMs)
                                               .arg(QString::fromLatin1(toString(entry.status))), this);
    });
    applyColours();
    setEntries({});
}

void DurationChart::setEntries(const std::vector<LedgerEntry>& oldestFirst)
{
    const std::size_t from = oldestFirst.size() > kMaxBars ? oldestFirst.size() - kMaxBars : 0;
    shown_.assign(oldestFirst.begin() + static_cast<std::ptrdiff_t>(from), oldestFirst.end());
    applied_->remove(0, applied_->count());
    failed_->remove(0, failed_->count());
    QStringList categories;
    long long longest = 0;
    for (std::size_t i = 0; i < shown_.size(); ++i) {
        const LedgerEntry& entry = shown_[i];
        const bool ok = entry.status == LedgerStatus::Applied;
        *applied_ << (ok ? static_cast<qreal>(entry.durationMs) : 0.0);
        *failed_ << (ok ? 0.0 : static_cast<qreal>(entry.durationMs));
        categories << QString::number(i + 1);
        longest = std::max(longest, entry.durationMs);
    }
    x_->setCategories(categories.isEmpty() ? QStringList{tr("no migrations recorded yet")} : categories);
    const long long step = tickStep(longest);
    const long long top = std::max(step, (longest + step - 1) / step * step);
    y_->setRange(0, static_cast<qreal>(top));
    y_->setTickCount(static_cast<int>(top / step) + 1);
}

void DurationChart::applyColours()
{
    QChart* c = chart();
    c->setTheme(isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    c->setBackgroundBrush(palette().color(QPalette::Base));
    applied_->setColor(runStateColour(RunState::Done, palette()));
    failed_->setColor(runStateColour(RunState::Failed, palette()));
}

void DurationChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) applyColours();
}

}  // namespace ss::ui
