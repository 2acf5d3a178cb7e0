#include "ui/plan/migration_view.h"

namespace ss::ui {

MigrationView::MigrationView(QWidget* parent)
    : CodeEditor(Language::Sql, parent), shadeMarker_(markerDefine(QsciScintilla::Background))
{
    setReadOnly(true);
    setCaretLineVisible(false);
    applyShade();
    connect(this, &CodeEditor::themeChanged, this, &MigrationView::applyShade);
}

void MigrationView::setSql(const MigrationText& sql)
{
    setReadOnly(false);
    loadUtf8Text(sql.text);
    setReadOnly(true);
    operations_ = sql.operations;
}

void MigrationView::clearSql()
{
    setSql({});
}

LineSpan MigrationView::operationLines(int index) const
{
    if (index < 0 || index >= static_cast<int>(operations_.size())) return {};
    return operations_[static_cast<std::size_t>(index)];
}

void MigrationView::showOperation(int index)
{
    markerDeleteAll(shadeMarker_);
    const LineSpan span = operationLines(index);
    if (span.end <= span.first) return;
    for (int line = span.first; line < span.end; ++line) markerAdd(line, shadeMarker_);
    setCursorPosition(span.first, 0);
    setFirstVisibleLine(span.first);
}

void MigrationView::applyShade()
{
    setMarkerBackgroundColor(isDarkTheme() ? QColor("#2d3b55") : QColor("#e3edfb"), shadeMarker_);
}

}  // namespace ss::ui
