#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ss::ui {

// Asks for a project's name and the folder to create it in; shows the folder that will be created.
class NewProjectDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewProjectDialog(QWidget* parent = nullptr);

    QString projectName() const;
    QString projectDir() const;  // location/name

private:
    void updatePreview();

    QLineEdit* name_;
    QLineEdit* location_;
    QLabel* preview_;
    QPushButton* create_;
};

}  // namespace ss::ui
