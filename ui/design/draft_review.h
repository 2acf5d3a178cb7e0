#pragma once

#include "core/design/design_result.h"
#include "core/util/line_diff.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace ss::ui {

class SpecDiffView;

// A draft before it changes anything: what the designer said, the draft beside the editor's text, what it
// understood as chips (clicking one selects the YAML it produced), and Accept / Discard.
class DraftReview : public QWidget {
    Q_OBJECT

public:
    explicit DraftReview(QWidget* parent = nullptr);

    void show(const design::DesignResult& draft, const std::string& editorText);
    const design::DesignResult& draft() const { return draft_; }

    SpecDiffView* diff() const { return diff_; }
    QListWidget* chips() const { return chips_; }
    QPushButton* acceptButton() const { return accept_; }
    QPushButton* discardButton() const { return discard_; }
    QString message() const;

    // The chips of a draft, for the list under the editor after it is accepted.
    static void fillChips(QListWidget* list, const std::vector<design::Understanding>& understood);
    // The 1-based line of a model's table, or of its column when `column` is not empty; 0 when not found.
    static int lineOf(const SchemaModel& model, const QString& table, const QString& column);

Q_SIGNALS:
    void accepted();
    void discarded();

private:
    void selectInDraft(const QString& table, const QString& column);

    design::DesignResult draft_;
    std::vector<AlignedLine> rows_;
    QLabel* message_;
    SpecDiffView* diff_;
    QListWidget* chips_;
    QPushButton* accept_;
    QPushButton* discard_;
};

}  // namespace ss::ui
