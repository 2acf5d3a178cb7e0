#pragma once

#include "core/db/apply/migration_script.h"

#include <QTreeWidget>

namespace ss::ui {

// The operations a migration script runs, in order: number, risk badge and description, each risky one
// unfolded into the reasons for its risk. Works for a plan made here and for a migration file alike.
class ScriptOperationList : public QTreeWidget {
    Q_OBJECT

public:
    enum Column { NumberColumn, RiskColumn, DescriptionColumn, ColumnCount };

    explicit ScriptOperationList(QWidget* parent = nullptr);

    void setOperations(const std::vector<ScriptOperation>& operations);
    // The 0-based index of the operation selected (or of the one whose reason is selected), -1 for none.
    int currentOperation() const;

Q_SIGNALS:
    void operationSelected(int index);
};

}  // namespace ss::ui
