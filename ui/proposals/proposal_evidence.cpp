#include "ui/proposals/proposal_evidence.h"

#include "ui/widgets/chart_support.h"
#include "ui/widgets/page_sections.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPieSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

constexpr int kBars = 14;

QChart* coverageChartOf(const QJsonArray& columns)
{
    auto* chart = newThemedChart(QObject::tr("Share of the entities that have each attribute"));
    auto* set = new QBarSet(QObject::tr("coverage %"));
    QStringList names;
    // Bottom to top in a horizontal chart: the list is reversed so that it reads top-down as in the proposal.
    const int n = std::min<int>(kBars, columns.size());
    for (int i = n - 1; i >= 0; --i) {
        const QJsonObject c = columns[i].toObject();
        names << c.value("name").toString();
        *set << c.value("coverage").toDouble() * 100.0;
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(names);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* share = new QValueAxis;
    share->setRange(0, 100);
    share->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(share, Qt::AlignBottom);
    series->attachAxis(share);
    chart->legend()->hide();
    return chart;
}

// Slices are named in the legend beside the pie: labels around it do not fit a panel this size.
QChart* withLegend(QChart* chart)
{
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->show();
    return chart;
}

QChart* valuesChartOf(const evolve::Proposal& proposal)
{
    const QJsonObject data = proposal.supportingData;
    if (data.contains("resolvedShare")) {
        auto* chart = newThemedChart(QObject::tr("Values that resolve to the referenced key"));
        auto* pie = new QPieSeries;
        const double resolved = data.value("resolved").toDouble();
        const double values = data.value("values").toDouble();
        pie->append(QObject::tr("resolve (%1)").arg(resolved), resolved);
        if (values > resolved)
            pie->append(QObject::tr("do not (%1)").arg(values - resolved), values - resolved);
        chart->addSeries(pie);
        return withLegend(chart);
    }
    if (data.contains("lift")) {
        auto* chart = newThemedChart(QObject::tr("Documents that mention both"));
        auto* pie = new QPieSeries;
        const double together = data.value("together").toDouble();
        pie->append(QObject::tr("together (%1)").arg(together), together);
        pie->append(QObject::tr("other documents"), data.value("documents").toDouble() - together);
        chart->addSeries(pie);
        return withLegend(chart);
    }
    for (const QJsonValue& v : data.value("columns").toArray()) {
        const QJsonArray values = v.toObject().value("values").toArray();
        if (values.isEmpty())
            continue;
        auto* chart = newThemedChart(QObject::tr("Values of %1").arg(v.toObject().value("name").toString()));
        auto* pie = new QPieSeries;
        for (const QJsonValue& value : values)
            pie->append(QStringLiteral("%1 (%2)").arg(value.toObject().value("value").toString()).arg(value.toObject().value("count").toInt()),
                        value.toObject().value("count").toDouble());
        chart->addSeries(pie);
        return withLegend(chart);
    }
    return nullptr;
}

}  // namespace

ProposalEvidence::ProposalEvidence(QWidget* parent)
    : QWidget(parent), summary_(new QLabel(this)), coverage_(new QChartView(this)), values_(new QChartView(this)), examples_(new QListWidget(this))
{
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    coverage_->setRenderHint(QPainter::Antialiasing);
    coverage_->setObjectName(QStringLiteral("coverage"));
    values_->setRenderHint(QPainter::Antialiasing);
    values_->setObjectName(QStringLiteral("values"));
    examples_->setObjectName(QStringLiteral("examples"));
    examples_->setFixedWidth(examples_->fontMetrics().averageCharWidth() * 26);
    auto* charts = new QHBoxLayout;
    charts->addWidget(coverage_, 3);
    charts->addWidget(values_, 2);
    auto* side = new QVBoxLayout;
    side->addWidget(sectionTitle(tr("Examples"), this));
    side->addWidget(examples_, 1);
    charts->addLayout(side, 0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summary_);
    layout->addLayout(charts, 1);
    clear();
}

void ProposalEvidence::clear()
{
    summary_->clear();
    examples_->clear();
    replaceChart(coverage_, newThemedChart(tr("Coverage")));
    replaceChart(values_, newThemedChart(tr("Values")));
}

void ProposalEvidence::show(const evolve::Proposal& proposal)
{
    const QJsonObject data = proposal.supportingData;
    QString summary = tr("%1 entities; confidence %2%.").arg(data.value("entityCount").toInt()).arg(qRound(proposal.confidence * 100));
    const QJsonArray conflicts = data.value("conflicts").toArray();
    for (const QJsonValue& c : conflicts) {
        QStringList kinds;
        const QJsonObject k = c.toObject().value("kinds").toObject();
        for (auto it = k.begin(); it != k.end(); ++it)
            kinds << QStringLiteral("%1 %2").arg(it.value().toInt()).arg(it.key());
        summary += QLatin1Char(' ') + tr("Conflict in %1: %2 — %3.").arg(c.toObject().value("attribute").toString(), kinds.join(QStringLiteral(", ")),
                                                                           c.toObject().value("resolution").toString());
    }
    summary_->setText(summary);
    const QJsonArray columns = data.value("columns").toArray();
    replaceChart(coverage_, columns.isEmpty() ? newThemedChart(tr("No attribute columns")) : coverageChartOf(columns));
    QChart* values = valuesChartOf(proposal);
    replaceChart(values_, values ? values : newThemedChart(tr("No categories")));
    examples_->clear();
    for (const QJsonValue& e : data.value("examples").toArray())
        examples_->addItem(e.toString());
    for (const QJsonValue& e : data.value("unresolvedExamples").toArray())
        examples_->addItem(tr("unresolved: %1").arg(e.toString()));
}

}  // namespace ss::ui
