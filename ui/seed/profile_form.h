#pragma once

#include "core/seed/seed_plan.h"

#include <QWidget>

#include <memory>

class QTableWidget;
class QLabel;

namespace ss::ui {

// The common settings of a profile as a form: each table's row count and each column's generator. The form
// shows a plan (what the profile says, and what was inferred for the rest) and reports edits as signals; the
// page applies them to the profile text, whose next check brings the form up to date.
class ProfileForm : public QWidget {
    Q_OBJECT

public:
    enum TableColumns { TableName, TableRows, TableSource };
    enum ColumnColumns { ColumnName, ColumnGenerator, ColumnParameters, ColumnSource };

    explicit ProfileForm(QWidget* parent = nullptr);

    // Shows the plan; null (a profile with errors) leaves the last plan shown, read-only.
    void setPlan(std::shared_ptr<const seed::SeedPlan> plan);
    void selectTable(int index);

    QTableWidget* tables() const { return tables_; }
    QTableWidget* columns() const { return columns_; }

Q_SIGNALS:
    void rowsEdited(const QString& table, qint64 rows);
    void generatorChosen(const QString& table, const QString& column, const QString& generator);

private:
    void showColumns();
    QString currentTable() const;

    std::shared_ptr<const seed::SeedPlan> plan_;
    QTableWidget* tables_;
    QTableWidget* columns_;
    QLabel* hint_;
    bool filling_ = false;
};

}  // namespace ss::ui
