#pragma once

#include "core/spec/diagnostic.h"
#include "ui/widgets/qscintilla.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace ss::ui {

// The project's code editor: QScintilla with line numbers, folding, the current line highlighted, colours that
// follow the light or dark palette, and located diagnostics shown as margin markers and squiggles whose
// message appears when the mouse rests on them. Reused wherever a spec, SQL or a profile is edited.
class CodeEditor : public QsciScintilla {
    Q_OBJECT

public:
    enum class Language { Yaml, Sql };

    explicit CodeEditor(Language language, QWidget* parent = nullptr);

    // The document's bytes as UTF-8, read straight from the editor's buffer.
    std::string utf8Text() const;
    // Replaces the whole document, resets undo history and marks it unmodified.
    void loadUtf8Text(std::string_view text);
    // Replaces the whole document as one step the user can undo; the document counts as modified.
    void replaceAllUndoable(std::string_view text);
    // Selects a whole 1-based line and scrolls it into view.
    void selectLine(int line);

    // Shows diagnostics located by 1-based line and column (ss::SourceLocation); those without a location are
    // left to the problems list. Replaces whatever was shown before.
    void setDiagnostics(const std::vector<Diagnostic>& diagnostics);

    // Marker numbers, for markersAtLine(): a line with an error has bit (1 << errorMarker()) set.
    int errorMarker() const { return styles_[static_cast<int>(Severity::Error)].marker; }
    int warningMarker() const { return styles_[static_cast<int>(Severity::Warning)].marker; }

    // The messages of the diagnostics underlined at a document position, one per line; empty when none.
    QString diagnosticsAt(int position) const;
    // The messages of the diagnostics marked on a 0-based line, one per line; empty when none.
    QString diagnosticsOnLine(int line) const;

    // Moves the cursor to a 1-based line and column and scrolls it into view.
    void goTo(int line, int column);

    // For text that is not a file as it stands (one side of a comparison, padded to line up with the other):
    // shows `labels` in place of line numbers, one per line, and leaves out folding and the diagnostics
    // margin, which would not mean anything there.
    void setLineLabels(const QStringList& labels);

    // True when the editor is drawn in its dark colours (it follows the application's palette).
    bool isDarkTheme() const { return dark_; }

Q_SIGNALS:
    // The application switched between the light and the dark palette and the editor's colours followed; views
    // that add colours of their own (shading, markers) update theirs.
    void themeChanged(bool dark);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Shown {
        Severity severity;
        QString text;
        int markerHandle;
    };

    void applyColours();
    void updateLineNumberWidth();
    void showDwellTip(int position, int x, int y);
    // How one severity is drawn: its margin marker and its underline, indexed by ss::Severity.
    struct SeverityStyle {
        int marker = -1;
        int indicator = -1;
    };
    const SeverityStyle& styleOf(Severity severity) const { return styles_[static_cast<int>(severity)]; }

    QsciLexer* lexer_ = nullptr;
    std::array<SeverityStyle, 3> styles_;
    std::vector<Shown> shown_;
    bool labelledLines_ = false;
    bool dark_ = false;
};

}  // namespace ss::ui
