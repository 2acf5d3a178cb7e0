#pragma once

#include "ui/plan/plan_job.h"
#include "ui/widgets/code_editor.h"

namespace ss::ui {

// The migration's SQL, read-only, with the statements of the operation picked in the list shaded and
// scrolled to the top.
class MigrationView : public CodeEditor {
    Q_OBJECT

public:
    explicit MigrationView(QWidget* parent = nullptr);

    void setSql(const MigrationText& sql);
    void clearSql();
    // Shades operation `index` (0-based) and scrolls its "-- N." comment to the top; -1 clears the shading.
    void showOperation(int index);
    // The lines of operation `index`'s comment and statements; an empty span when there is no such operation.
    LineSpan operationLines(int index) const;

private:
    void applyShade();

    std::vector<LineSpan> operations_;
    int shadeMarker_;
};

}  // namespace ss::ui
