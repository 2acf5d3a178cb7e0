#pragma once

#include "core/query/explorer.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace ss::ui {

// What Explore understood, as chips the user edits instead of rewording the question: the measure (pick
// another of its table), each grouping and filter (remove, or add a category or a time grain), the time window
// (all time, last month, quarter, year, ...); an ambiguity as one button per alternative, words not
// understood in a warning. Every edit asks the question the edited interpretation rewords to.
class InterpretationBar : public QWidget {
    Q_OBJECT

public:
    explicit InterpretationBar(QWidget* parent = nullptr);

    void showAnswer(const query::Answer& answer, std::shared_ptr<const query::Explorer> explorer);
    void clear();
    // The chips' buttons, for tests and keyboard users: measure, group-N, filter-N, add-group, window, choice-N.
    QToolButton* chip(const QString& name) const;
    QString summaryText() const;

Q_SIGNALS:
    void askRequested(const QString& question);

private:
    QToolButton* addChip(const QString& name, const QString& text, const QString& tip);
    void addMeasureChip(const query::QueryPlan& plan);
    void addGroupChips(const query::QueryPlan& plan);
    void addFilterChips(const query::QueryPlan& plan);
    void addWindowChip(const query::QueryPlan& plan);
    void askPlan(const query::QueryPlan& plan);

    QHBoxLayout* chips_;
    QLabel* note_;
    std::shared_ptr<const query::Explorer> explorer_;
    std::vector<QToolButton*> buttons_;
};

}  // namespace ss::ui
