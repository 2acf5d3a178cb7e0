#pragma once

#include "core/evolve/evolution_store.h"

#include <QTabWidget>

class QTreeWidget;

namespace ss::ui {

// The review's record: every action as a timeline (newest first: when, what, who, the outcome) and the
// registry of the tables proposals created, active or rolled back.
class ReviewHistory : public QTabWidget {
    Q_OBJECT

public:
    explicit ReviewHistory(QWidget* parent = nullptr);

    void setHistory(const std::vector<evolve::HistoryEntry>& history, const std::vector<evolve::DynamicTable>& tables);

    QTreeWidget* timeline() const { return timeline_; }
    QTreeWidget* registry() const { return registry_; }

private:
    QTreeWidget* timeline_;
    QTreeWidget* registry_;
};

}  // namespace ss::ui
