#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace ss::ui {

// "Draft from a sentence": the prompt with its history, examples to click, whether the draft edits the open
// spec, Generate and Cancel, and which designer answers (offline, or the model dbx.yml or the environment names).
class PromptPanel : public QWidget {
    Q_OBJECT

public:
    explicit PromptPanel(QWidget* parent = nullptr);

    QString prompt() const;
    void setPrompt(const QString& text);
    bool editsOpenSpec() const;
    void setEditsOpenSpec(bool on);
    void setDesigner(const QString& description);
    // Generate is offered while idle, Cancel while a draft is being made.
    void setRunning(bool running);
    // Puts a prompt that produced a draft at the top of the history (kept between sessions).
    void remember(const QString& prompt);

    QPushButton* generateButton() const { return generate_; }
    QPushButton* cancelButton() const { return cancel_; }
    QComboBox* promptBox() const { return prompt_; }

    static QStringList examples();

Q_SIGNALS:
    void generateRequested();
    void cancelRequested();

private:
    QComboBox* prompt_;
    QCheckBox* editOpen_;
    QPushButton* generate_;
    QPushButton* cancel_;
    QLabel* designer_;
};

}  // namespace ss::ui
