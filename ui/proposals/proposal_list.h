#pragma once

#include "core/evolve/proposal.h"

#include <QTreeWidget>

#include <vector>

namespace ss::ui {

// The proposals, each with its priority as a coloured badge, its type, title and status; filtered by status.
class ProposalList : public QTreeWidget {
    Q_OBJECT

public:
    enum Column { TitleColumn, TypeColumn, StatusColumn, ColumnCount };

    explicit ProposalList(QWidget* parent = nullptr);

    // Shows the proposals whose status is `status` (all when empty), keeping the selection when it stays.
    void setProposals(const std::vector<evolve::Proposal>& proposals, const QString& status);
    // The id of the selected proposal; empty when none is.
    QString currentId() const;
    bool select(const QString& id);
};

// The colour of a priority's badge, readable on light and dark bases.
QColor priorityColour(evolve::Priority priority);

}  // namespace ss::ui
