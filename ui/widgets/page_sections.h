#pragma once

class QLabel;
class QString;
class QWidget;

namespace ss::ui {

// The pieces pages are laid out with, so that they read alike: a bold section title, a titled panel, and the
// one-sentence summary under a page's header (larger, bold, wrapping).
QLabel* sectionTitle(const QString& text, QWidget* parent);
QWidget* titled(QLabel* title, QWidget* body, QWidget* parent);
void styleAsSummary(QLabel* label);

}  // namespace ss::ui
