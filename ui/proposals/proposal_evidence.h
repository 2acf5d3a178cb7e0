#pragma once

#include "core/evolve/proposal.h"

#include <QWidget>

class QChartView;
class QLabel;
class QListWidget;

namespace ss::ui {

// What a proposal rests on: the coverage of each column as bars, the distribution of a category's values (or
// the relationship's resolved share), the conflicts and example entities.
class ProposalEvidence : public QWidget {
    Q_OBJECT

public:
    explicit ProposalEvidence(QWidget* parent = nullptr);

    void show(const evolve::Proposal& proposal);
    void clear();

    QChartView* coverageChart() const { return coverage_; }
    QChartView* valuesChart() const { return values_; }
    QListWidget* examples() const { return examples_; }

private:
    QLabel* summary_;
    QChartView* coverage_;
    QChartView* values_;
    QListWidget* examples_;
};

}  // namespace ss::ui
