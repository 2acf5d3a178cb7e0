#pragma once

#include <QObject>
#include <QString>

namespace ss::ui {

class CodeEditor;
class Workspace;

// Keeps the editor's cursor and the workspace's selected table in step: moving the cursor into a table's
// definition selects that table (the diagram follows), and selecting a table elsewhere moves the cursor to it.
class TableCursorSync : public QObject {
    Q_OBJECT

public:
    TableCursorSync(CodeEditor* editor, Workspace& workspace, QObject* parent = nullptr);

    // The table whose definition holds a 1-based line, or empty when the line is outside every table.
    QString tableAtLine(int line) const;

private:
    void onCursorMoved(int line);
    void onTableSelected(const QString& table);

    CodeEditor* editor_;
    Workspace& workspace_;
};

}  // namespace ss::ui
