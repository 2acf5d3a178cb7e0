#include "ui/design/table_cursor_sync.h"

#include "core/spec/qualified_name.h"
#include "ui/shell/workspace.h"
#include "ui/widgets/code_editor.h"

namespace ss::ui {

TableCursorSync::TableCursorSync(CodeEditor* editor, Workspace& workspace, QObject* parent)
    : QObject(parent), editor_(editor), workspace_(workspace)
{
    connect(editor_, &QsciScintilla::cursorPositionChanged, this, [this](int line, int) { onCursorMoved(line + 1); });
    connect(&workspace_, &Workspace::selectedTableChanged, this, &TableCursorSync::onTableSelected);
}

QString TableCursorSync::tableAtLine(int line) const
{
    // A table's definition runs from its own line to the next definition below it (table or view).
    const SchemaModel& model = *workspace_.model();
    int best = 0;
    QString found;
    for (const auto& table : model.tables) {
        if (table.loc.known() && table.loc.line <= line && table.loc.line > best) {
            best = table.loc.line;
            found = QString::fromStdString(qualifiedName(table.schema, table.name));
        }
    }
    for (const auto& view : model.views)
        if (view.loc.known() && view.loc.line <= line && view.loc.line > best)
            return {};
    return found;
}

void TableCursorSync::onCursorMoved(int line)
{
    const QString table = tableAtLine(line);
    if (!table.isEmpty())
        workspace_.setSelectedTable(table);
}

void TableCursorSync::onTableSelected(const QString& table)
{
    int line = 0;
    int index = 0;
    editor_->getCursorPosition(&line, &index);
    if (table.isEmpty() || table.compare(tableAtLine(line + 1), Qt::CaseInsensitive) == 0)
        return;
    const Table* found = findQualifiedTable(*workspace_.model(), table.toStdString());
    if (found && found->loc.known())
        editor_->goTo(found->loc.line, found->loc.column);
}

}  // namespace ss::ui
