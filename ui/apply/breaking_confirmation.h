#pragma once

#include "core/db/apply/migration_script.h"
#include "ui/shell/active_database.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace ss::ui {

// Asks before a migration's high-risk operations run: names every one with the reasons for its risk (what it
// loses or breaks) and the backup taken first, and only lets them run once the user has typed the database's
// name. Rejecting it refuses the apply; nothing runs.
class BreakingConfirmation : public QDialog {
    Q_OBJECT

public:
    BreakingConfirmation(const MigrationScript& script, const ActiveDatabase& database, QWidget* parent = nullptr);

    // What the user must type: the SQLite file's name or the server database's name.
    QString expectedName() const { return expected_; }
    QLineEdit* nameEdit() const { return name_; }
    QPushButton* applyButton() const { return apply_; }
    QTreeWidget* changes() const { return changes_; }
    // Everything the dialog says, for a reader that cannot see it (tests, screen readers' summaries).
    QString text() const;

private:
    QString expected_;
    QLabel* intro_;
    QTreeWidget* changes_;
    QLabel* backup_;
    QLineEdit* name_;
    QPushButton* apply_;
};

}  // namespace ss::ui
