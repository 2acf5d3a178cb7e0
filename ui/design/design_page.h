#pragma once

#include "ui/shell/page.h"

#include <QTimer>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace ss::ui {

class CodeEditor;
class DraftReview;
class DraftRunner;
class ProblemsView;
class PromptPanel;
class StatusLine;
class ValidationRunner;
class Workspace;
struct ValidationOutcome;

}  // namespace ss::ui

namespace ss::design {
struct DesignResult;
}

namespace ss::ui {

// The Design page: a prompt that drafts a spec (offline, or with a configured model) shown as a diff to accept
// or discard, and the spec's YAML in a code editor, validated on a worker thread a moment after typing stops,
// with the findings in the margin, under the text and in a problems list that jumps to them. The page edits
// one document; opening, saving and the prompts around them are the main window's.
class DesignPage : public Page {
    Q_OBJECT

public:
    static constexpr FlowStage kStage = FlowStage::Design;
    static constexpr int kValidationDelayMs = 300;

    explicit DesignPage(Workspace& workspace, QWidget* parent = nullptr);
    ~DesignPage() override;

    FlowStage stage() const override { return kStage; }
    QIcon icon() const override;
    bool isBusy() const override;

    // Reads a spec into the editor (unmodified, undo history cleared). Returns an error naming the file, or empty.
    QString openSpec(const QString& path);
    // Starts an untitled, empty spec.
    void newSpec();
    // Writes the editor's text as typed, atomically, and marks it saved. Returns an error, or empty.
    QString saveSpec(const QString& path);
    bool isModified() const;

    CodeEditor* editor() const { return editor_; }
    PromptPanel* promptPanel() const { return prompt_; }
    DraftReview* draftReview() const { return review_; }
    // True while a draft waits for Accept or Discard in place of the editor.
    bool isReviewingDraft() const;
    // Drafts from the prompt panel's text on a worker; the draft replaces the editor only when accepted.
    void generateDraft();
    ProblemsView* problems() const { return problems_; }
    QString statusText() const;

Q_SIGNALS:
    void modifiedChanged(bool modified);
    // The user picked another spec of the project in the page's spec list.
    void specChosen(const QString& path);
    // Diagnostics for the current text are on screen.
    void validated();
    // A draft finished: shown for review, refused (with why in the status line) or cancelled.
    void draftFinished();

private:
    void startValidation();
    void showOutcome(const ValidationOutcome& outcome);
    void refreshSpecList();
    void setBusy(bool busy);
    void updateBusy();
    void showDraft(const design::DesignResult& result);
    void acceptDraft();
    void leaveReview(const QString& message);
    QString designerDescription() const;

    Workspace& workspace_;
    CodeEditor* editor_;
    ProblemsView* problems_;
    QComboBox* specList_;
    QLabel* problemsTitle_;
    StatusLine* status_;
    QLabel* cursor_;
    ValidationRunner* runner_;
    PromptPanel* prompt_;
    DraftRunner* drafter_;
    DraftReview* review_;
    QStackedWidget* stack_;
    QTimer debounce_;
    bool busy_ = false;
};

}  // namespace ss::ui
