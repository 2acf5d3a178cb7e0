#pragma once

#include "core/db/apply/ledger.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QStackedBarSeries;
class QValueAxis;

namespace ss::ui {

// How long each past migration took, as bars in ledger order (the last ones, when the ledger is long), coloured
// by outcome: applied, or failed and rolled back.
class DurationChart : public QChartView {
    Q_OBJECT

public:
    static constexpr int kMaxBars = 24;

    explicit DurationChart(QWidget* parent = nullptr);

    void setEntries(const std::vector<LedgerEntry>& oldestFirst);
    // The migrations shown, oldest first.
    const std::vector<LedgerEntry>& shown() const { return shown_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();

    std::vector<LedgerEntry> shown_;
    QStackedBarSeries* series_;
    QBarSet* applied_;
    QBarSet* failed_;
    QBarCategoryAxis* x_;
    QValueAxis* y_;
};

}  // namespace ss::ui
