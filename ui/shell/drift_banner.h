#pragma once

#include "ui/shell/drift_monitor.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace ss::ui {

// The strip across the top of the pages that says the live database has drifted from current.yml, with the way
// to see how: the Plan page, live → current.yml. Hidden while the two agree or cannot be compared.
class DriftBanner : public QFrame {
    Q_OBJECT

public:
    explicit DriftBanner(QWidget* parent = nullptr);

    void show(const DriftCheck& check);
    QString text() const;
    QPushButton* reviewButton() const { return review_; }

Q_SIGNALS:
    void reviewRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();

    QLabel* icon_;
    QLabel* text_;
    QPushButton* review_;
};

}  // namespace ss::ui
