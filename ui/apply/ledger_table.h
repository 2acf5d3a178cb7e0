#pragma once

#include "core/db/apply/ledger.h"

#include <QTableWidget>

namespace ss::ui {

// The database's migration ledger (dbx_migrations), newest first: id, description, versions, when, by whom, how
// long, status, error and backup.
class LedgerTable : public QTableWidget {
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        DescriptionColumn,
        VersionsColumn,
        AppliedAtColumn,
        ByColumn,
        DurationColumn,
        StatusColumn,
        ErrorColumn,
        BackupColumn,
        ColumnCount
    };

    explicit LedgerTable(QWidget* parent = nullptr);

    void setEntries(const std::vector<LedgerEntry>& oldestFirst);

protected:
    void changeEvent(QEvent* event) override;

private:
    void paintStatus(int row);
};

}  // namespace ss::ui
