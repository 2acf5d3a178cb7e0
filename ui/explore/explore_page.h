#pragma once

#include "core/query/explorer.h"
#include "ui/shell/page.h"
#include "ui/widgets/latest_job_runner.h"

#include <atomic>
#include <memory>

class QLineEdit;
class QListWidget;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace ss::ui {

class AnswerChart;
class CodeEditor;
class InterpretationBar;
class StatusLine;
class Workspace;

// The Explore page: questions in plain words about the active database, offline. Suggestions ready when it
// opens; the interpretation as chips to edit; the one read-only SELECT it ran; the rows (sortable, copy, CSV);
// a chart the answer's shape calls for; the session's questions. Reading the database and asking run on a
// worker, with Cancel.
class ExplorePage : public Page {
    Q_OBJECT

public:
    static constexpr FlowStage kStage = FlowStage::Explore;

    explicit ExplorePage(Workspace& workspace, QWidget* parent = nullptr);

    FlowStage stage() const override { return kStage; }
    QIcon icon() const override;
    bool isBusy() const override { return loader_.isRunning() || asker_.isRunning(); }

    // Reads the active database's semantic model again (its schema, category values, joins) and its suggestions.
    void reload();
    void ask(const QString& question);
    void cancel();
    // Writes the rows shown as CSV (atomically); returns an empty string or why not.
    QString exportCsv(const QString& path) const;
    QString tsvOfSelection() const;

    QLineEdit* questionEdit() const { return question_; }
    QListWidget* suggestions() const { return suggestions_; }
    QListWidget* history() const { return history_; }
    QTableView* resultView() const { return table_; }
    CodeEditor* sqlView() const { return sql_; }
    AnswerChart* chart() const { return chart_; }
    InterpretationBar* interpretation() const { return interpretation_; }
    const query::Answer* lastAnswer() const { return answer_ ? answer_.get() : nullptr; }
    QString statusText() const;

Q_SIGNALS:
    void modelLoaded();
    void answered();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showAnswer(std::shared_ptr<const query::Answer> answer);
    void fillTable(const query::Answer& answer);
    void copySelection() const;
    void chooseCsv();
    void setRunning(bool running);

    Workspace& workspace_;
    QLineEdit* question_;
    QPushButton* ask_;
    QPushButton* cancel_;
    QListWidget* suggestions_;
    InterpretationBar* interpretation_;
    CodeEditor* sql_;
    QTableView* table_;
    QStandardItemModel* rows_;
    QPushButton* copy_;
    QPushButton* csv_;
    AnswerChart* chart_;
    QListWidget* history_;
    StatusLine* status_;
    LatestJobRunner loader_;
    LatestJobRunner asker_;
    std::shared_ptr<const query::Explorer> explorer_;
    std::shared_ptr<const query::Answer> answer_;
    std::shared_ptr<std::atomic<bool>> cancel_flag_;
    QString loadedFor_;  // the database the model was read from
    QString pending_;    // a question asked before the model was ready
};

}  // namespace ss::ui
