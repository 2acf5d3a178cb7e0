#pragma once

#include "core/query/explorer.h"

#include <QWidget>

class QChartView;
class QLabel;
class QStackedLayout;

namespace ss::ui {

// The chart an answer's shape calls for: one figure for a single value, a line over time for a time grain,
// bars for categories (up to kMaxBars), and a sentence saying why not otherwise.
class AnswerChart : public QWidget {
    Q_OBJECT

public:
    enum class Kind { None, Figure, Line, Bars };
    static constexpr int kMaxBars = 40;

    explicit AnswerChart(QWidget* parent = nullptr);

    void showAnswer(const query::Answer& answer);
    void clear(const QString& why);
    Kind kind() const { return kind_; }
    QString figureText() const;
    QChartView* view() const { return view_; }

private:
    QStackedLayout* stack_;
    QLabel* figure_;
    QLabel* note_;
    QChartView* view_;
    Kind kind_ = Kind::None;
};

}  // namespace ss::ui
