#pragma once

#include "core/db/apply/apply_engine.h"

#include <QTreeWidget>

namespace ss::ui {

// The live log of one apply: a row per statement (number, first line, duration, status in its colour), updated
// as the statement starts and ends, and the engine's messages (lock waits, backups) between them.
class ApplyLog : public QTreeWidget {
    Q_OBJECT

public:
    enum Column { NumberColumn, StatementColumn, DurationColumn, StatusColumn, ColumnCount };

    explicit ApplyLog(QWidget* parent = nullptr);

    void start(int statements);
    void addStatement(const StatementProgress& progress);
    void addMessage(const QString& text);

    // The statement rows, in order (messages left out).
    QList<QTreeWidgetItem*> statementRows() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void paintState(QTreeWidgetItem* row);

    QHash<int, QTreeWidgetItem*> rows_;  // by 1-based statement index
};

}  // namespace ss::ui
