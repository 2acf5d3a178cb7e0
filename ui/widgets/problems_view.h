#pragma once

#include "core/spec/diagnostic.h"

#include <QTreeWidget>

#include <vector>

namespace ss::ui {

// A list of diagnostics (severity, message, rule id, line:column). Activating an entry (double click or
// Enter) asks for its location through problemActivated().
class ProblemsView : public QTreeWidget {
    Q_OBJECT

public:
    enum Column { SeverityColumn, MessageColumn, RuleColumn, LocationColumn };

    explicit ProblemsView(QWidget* parent = nullptr);

    void setDiagnostics(const std::vector<Diagnostic>& diagnostics);

Q_SIGNALS:
    // 1-based line and column, as in ss::SourceLocation.
    void problemActivated(int line, int column);
};

}  // namespace ss::ui
