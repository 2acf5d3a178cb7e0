#pragma once

#include <QIcon>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace ss::ui {

// A page's status line: an icon the height of the text, the message, and whatever the page adds at the end.
class StatusLine : public QWidget {
    Q_OBJECT

public:
    explicit StatusLine(QWidget* parent = nullptr);

    void setMessage(const QString& text, const QIcon& icon);
    // Changes the message and keeps the icon (a step of the work the icon still describes).
    void setText(const QString& text);
    QString text() const;
    void addTrailingWidget(QWidget* widget);

private:
    QHBoxLayout* layout_;
    QLabel* icon_;
    QLabel* text_;
};

}  // namespace ss::ui
