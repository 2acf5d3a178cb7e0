#include "ui/widgets/code_editor.h"

#include "ui/widgets/painted_icon.h"
#include "ui/widgets/yaml_token.h"

#include <algorithm>

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QToolTip>

namespace ss::ui {

namespace {

constexpr int kLineNumberMargin = 0;
constexpr int kSymbolMargin = 1;
constexpr int kFoldMargin = 2;
constexpr int kDwellMilliseconds = 350;
constexpr int kMarkerPixels = 14;

struct EditorColours {
    QColor paper, text, comment, key, keyword, number, reference, delimiter, operatorColour, syntaxError;
    QColor caretLine, selection, margin, marginText, fold, guide, caret;
};

EditorColours lightColours()
{
    return {QColor("#ffffff"), QColor("#1f2328"), QColor("#6a737d"), QColor("#0550ae"), QColor("#8250df"),
            QColor("#0a7d6b"), QColor("#953800"), QColor("#6f42c1"), QColor("#57606a"), QColor("#cf222e"),
            QColor("#eef4fc"), QColor("#b6d6fd"), QColor("#f6f8fa"), QColor("#8c959f"), QColor("#eaeef2"),
            QColor("#d8dee4"), QColor("#1f2328")};
}

EditorColours darkColours()
{
    return {QColor("#1e1f22"), QColor("#d4d4d4"), QColor("#7f8c98"), QColor("#79c0ff"), QColor("#d2a8ff"),
            QColor("#7ee0c8"), QColor("#ffa657"), QColor("#d2a8ff"), QColor("#b1bac4"), QColor("#ff7b72"),
            QColor("#2a2d33"), QColor("#264f78"), QColor("#1a1b1e"), QColor("#6e7681"), QColor("#25272b"),
            QColor("#3b3f46"), QColor("#e6edf3")};
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QFont editorFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(11);
    return font;
}

}  // namespace

CodeEditor::CodeEditor(Language language, QWidget* parent) : QsciScintilla(parent)
{
    switch (language) {
    case Language::Yaml:
        lexer_ = new QsciLexerYAML(this);
        break;
    case Language::Sql: {
        auto* sql = new QsciLexerSQL(this);
        sql->setQuotedIdentifiers(true);  // MySQL's `name` is an identifier, not an unknown token
        sql->setFoldComments(true);
        lexer_ = sql;
        break;
    }
    }
    lexer_->setFont(editorFont(), -1);
    setLexer(lexer_);
    setUtf8(true);
    setFont(editorFont());

    setIndentationsUseTabs(false);  // YAML forbids tabs in indentation
    setTabWidth(language == Language::Yaml ? 2 : 4);
    setAutoIndent(true);
    setIndentationGuides(true);
    setBraceMatching(SloppyBraceMatch);
    setCaretLineVisible(true);
    setCaretWidth(2);
    // Let the horizontal scroll bar follow the longest line shown instead of Scintilla's fixed 2000 pixels.
    SendScintilla(SCI_SETSCROLLWIDTH, 1UL);
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, 1UL);

    setMarginType(kLineNumberMargin, NumberMargin);
    setMarginLineNumbers(kLineNumberMargin, true);
    setMarginType(kSymbolMargin, SymbolMargin);
    setMarginWidth(kSymbolMargin, kMarkerPixels + 6);
    setFolding(BoxedTreeFoldStyle, kFoldMargin);

    const auto markerImage = [](const QIcon& icon) {
        return icon.pixmap(QSize(kMarkerPixels, kMarkerPixels)).toImage();
    };
    // Error, warning, info: the order of ss::Severity.
    const std::array<std::pair<QIcon, QColor>, 3> looks = {
        std::pair{errorIcon(), errorColor()}, std::pair{warningIcon(), warningColor()}, std::pair{infoIcon(), infoColor()}};
    int markerMask = 0;
    for (std::size_t i = 0; i < looks.size(); ++i) {
        styles_[i].marker = markerDefine(markerImage(looks[i].first));
        styles_[i].indicator = indicatorDefine(i == static_cast<std::size_t>(Severity::Info) ? DotsIndicator
                                                                                             : SquigglePixmapIndicator);
        setIndicatorForegroundColor(looks[i].second, styles_[i].indicator);
        markerMask |= 1 << styles_[i].marker;
    }
    setMarginMarkerMask(kSymbolMargin, markerMask);
    setMarginMarkerMask(kLineNumberMargin, 0);

    SendScintilla(SCI_SETMOUSEDWELLTIME, static_cast<unsigned long>(kDwellMilliseconds));
    connect(this, &QsciScintillaBase::SCN_DWELLSTART, this, &CodeEditor::showDwellTip);
    connect(this, &QsciScintillaBase::SCN_DWELLEND, this, [] { QToolTip::hideText(); });
    connect(this, &QsciScintilla::linesChanged, this, &CodeEditor::updateLineNumberWidth);

    // QScintilla gives the editor a palette of its own, so application palette changes (the light/dark
    // toggle) are watched on the application instead.
    qApp->installEventFilter(this);
    applyColours();
    updateLineNumberWidth();
}

std::string CodeEditor::utf8Text() const
{
    const auto* bytes = static_cast<const char*>(SendScintillaPtrResult(SCI_GETCHARACTERPOINTER));
    return std::string(bytes, static_cast<std::size_t>(SendScintilla(SCI_GETLENGTH)));
}

void CodeEditor::loadUtf8Text(std::string_view text)
{
    // Scintilla ignores changes to a read-only document, and a read-only view still shows what it is given.
    const bool readOnly = isReadOnly();
    setReadOnly(false);
    setDiagnostics({});
    SendScintilla(SCI_CLEARALL);
    SendScintilla(SCI_ADDTEXT, static_cast<uintptr_t>(text.size()), text.data());
    setEolMode(text.find("\r\n") != std::string_view::npos ? EolWindows : EolUnix);
    SendScintilla(SCI_EMPTYUNDOBUFFER);
    setModified(false);
    SendScintilla(SCI_GOTOPOS, 0UL);
    setReadOnly(readOnly);
}

void CodeEditor::replaceAllUndoable(std::string_view text)
{
    SendScintilla(SCI_BEGINUNDOACTION);
    SendScintilla(SCI_SETTARGETSTART, 0UL);
    SendScintilla(SCI_SETTARGETEND, static_cast<unsigned long>(SendScintilla(SCI_GETLENGTH)));
    SendScintilla(SCI_REPLACETARGET, static_cast<uintptr_t>(text.size()), text.data());
    SendScintilla(SCI_ENDUNDOACTION);
    SendScintilla(SCI_GOTOPOS, 0UL);
}

void CodeEditor::selectLine(int line)
{
    const int index = std::max(0, line - 1);
    const long start = SendScintilla(SCI_POSITIONFROMLINE, static_cast<unsigned long>(index));
    const long end = SendScintilla(SCI_GETLINEENDPOSITION, static_cast<unsigned long>(index));
    SendScintilla(SCI_SETSEL, static_cast<unsigned long>(start), end);
    SendScintilla(SCI_SCROLLCARET);
}

void CodeEditor::setDiagnostics(const std::vector<Diagnostic>& diagnostics)
{
    const long length = SendScintilla(SCI_GETLENGTH);
    for (const SeverityStyle& style : styles_) {
        markerDeleteAll(style.marker);
        SendScintilla(SCI_SETINDICATORCURRENT, static_cast<unsigned long>(style.indicator));
        SendScintilla(SCI_INDICATORCLEARRANGE, 0UL, length);
    }
    shown_.clear();

    const int lineCount = lines();
    const std::string_view document(static_cast<const char*>(SendScintillaPtrResult(SCI_GETCHARACTERPOINTER)),
                                    static_cast<std::size_t>(length));
    for (const Diagnostic& d : diagnostics) {
        if (!d.loc.known() || d.loc.line > lineCount) continue;
        const int line = d.loc.line - 1;
        QString text = QString::fromStdString(d.message);
        if (!d.hint.empty()) text += QStringLiteral("\n") + QString::fromStdString(d.hint);
        text += QStringLiteral(" [%1]").arg(QString::fromStdString(d.ruleId));
        shown_.push_back({d.severity, text, markerAdd(line, styleOf(d.severity).marker)});

        // Columns count bytes, as yaml-cpp's marks do; the squiggle covers the token the diagnostic points at.
        const long lineStart = SendScintilla(SCI_POSITIONFROMLINE, static_cast<unsigned long>(line));
        const long lineEnd = SendScintilla(SCI_GETLINEENDPOSITION, static_cast<unsigned long>(line));
        const TokenSpan span = yamlTokenAt(document.substr(static_cast<std::size_t>(lineStart),
                                                           static_cast<std::size_t>(lineEnd - lineStart)),
                                           std::max(0, d.loc.column - 1));
        if (span.length == 0) continue;
        SendScintilla(SCI_SETINDICATORCURRENT, static_cast<unsigned long>(styleOf(d.severity).indicator));
        SendScintilla(SCI_SETINDICATORVALUE, static_cast<unsigned long>(shown_.size()));
        SendScintilla(SCI_INDICATORFILLRANGE, static_cast<unsigned long>(lineStart + span.start),
                      static_cast<long>(span.length));
    }
}

QString CodeEditor::diagnosticsAt(int position) const
{
    QStringList messages;
    for (const SeverityStyle& style : styles_) {
        const long value = SendScintilla(SCI_INDICATORVALUEAT, static_cast<unsigned long>(style.indicator),
                                         static_cast<long>(position));
        if (value > 0 && static_cast<std::size_t>(value) <= shown_.size()) messages << shown_[value - 1].text;
    }
    return messages.join(QLatin1Char('\n'));
}

QString CodeEditor::diagnosticsOnLine(int line) const
{
    QStringList messages;
    for (const Shown& shown : shown_) {
        if (markerLine(shown.markerHandle) == line) messages << shown.text;
    }
    return messages.join(QLatin1Char('\n'));
}

void CodeEditor::goTo(int line, int column)
{
    const int target = std::clamp(line, 1, std::max(1, lines())) - 1;
    const long lineStart = SendScintilla(SCI_POSITIONFROMLINE, static_cast<unsigned long>(target));
    const long lineEnd = SendScintilla(SCI_GETLINEENDPOSITION, static_cast<unsigned long>(target));
    const long position = std::min(lineEnd, lineStart + std::max(0, column - 1));
    SendScintilla(SCI_GOTOPOS, static_cast<unsigned long>(position));
    const int onScreen = static_cast<int>(SendScintilla(SCI_LINESONSCREEN));
    if (target < firstVisibleLine() || target >= firstVisibleLine() + onScreen) {
        setFirstVisibleLine(std::max(0, target - onScreen / 3));
    }
    ensureLineVisible(target);
}

void CodeEditor::setLineLabels(const QStringList& labels)
{
    if (!labelledLines_) {
        labelledLines_ = true;
        setFolding(NoFoldStyle, kFoldMargin);
        setMarginWidth(kSymbolMargin, 0);
        setMarginType(kLineNumberMargin, TextMargin);
    }
    clearMarginText();
    qsizetype widest = 1;
    for (const QString& label : labels) widest = std::max(widest, label.size());
    // Scintilla aligns margin text to the left; padding to the widest label lines the numbers up on the right.
    for (int line = 0; line < labels.size(); ++line) {
        if (!labels[line].isEmpty()) setMarginText(line, labels[line].rightJustified(widest), STYLE_LINENUMBER);
    }
    setMarginWidth(kLineNumberMargin, QString(widest + 1, QLatin1Char('9')));
}

bool CodeEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
        applyColours();
        Q_EMIT themeChanged(dark_);
    }
    return QsciScintilla::eventFilter(watched, event);
}

void CodeEditor::applyColours()
{
    dark_ = isDark(QApplication::palette());
    const EditorColours c = dark_ ? darkColours() : lightColours();
    lexer_->setDefaultPaper(c.paper);
    lexer_->setPaper(c.paper, -1);
    lexer_->setDefaultColor(c.text);
    lexer_->setColor(c.text, -1);
    if (auto* yaml = qobject_cast<QsciLexerYAML*>(lexer_)) {
        yaml->setColor(c.comment, QsciLexerYAML::Comment);
        yaml->setColor(c.key, QsciLexerYAML::Identifier);
        yaml->setColor(c.keyword, QsciLexerYAML::Keyword);
        yaml->setColor(c.number, QsciLexerYAML::Number);
        yaml->setColor(c.reference, QsciLexerYAML::Reference);
        yaml->setColor(c.delimiter, QsciLexerYAML::DocumentDelimiter);
        yaml->setColor(c.delimiter, QsciLexerYAML::TextBlockMarker);
        yaml->setColor(c.syntaxError, QsciLexerYAML::SyntaxErrorMarker);
        yaml->setColor(c.operatorColour, QsciLexerYAML::Operator);
        yaml->setPaper(c.paper, QsciLexerYAML::SyntaxErrorMarker);
    }
    if (auto* sql = qobject_cast<QsciLexerSQL*>(lexer_)) {
        for (int style : {QsciLexerSQL::Comment, QsciLexerSQL::CommentLine, QsciLexerSQL::CommentDoc,
                          QsciLexerSQL::CommentLineHash}) {
            sql->setColor(c.comment, style);
        }
        sql->setColor(c.keyword, QsciLexerSQL::Keyword);
        sql->setColor(c.number, QsciLexerSQL::Number);
        sql->setColor(c.key, QsciLexerSQL::DoubleQuotedString);  // an identifier in standard SQL
        sql->setColor(c.key, QsciLexerSQL::QuotedIdentifier);
        sql->setColor(c.reference, QsciLexerSQL::SingleQuotedString);
        sql->setColor(c.operatorColour, QsciLexerSQL::Operator);
        sql->setColor(c.text, QsciLexerSQL::Identifier);
    }
    setCaretLineBackgroundColor(c.caretLine);
    setCaretForegroundColor(c.caret);
    setSelectionBackgroundColor(c.selection);
    setSelectionForegroundColor(c.text);
    setMarginsBackgroundColor(c.margin);
    setMarginsForegroundColor(c.marginText);
    setFoldMarginColors(c.fold, c.margin);
    setIndentationGuidesForegroundColor(c.guide);
    setIndentationGuidesBackgroundColor(c.paper);
    setMatchedBraceBackgroundColor(c.selection);
    setMatchedBraceForegroundColor(c.text);
    setPaper(c.paper);
    setColor(c.text);
}

void CodeEditor::updateLineNumberWidth()
{
    if (labelledLines_) return;  // sized to the labels instead
    setMarginWidth(kLineNumberMargin, QString(QString::number(lines()).size() + 1, QLatin1Char('9')));
}

void CodeEditor::showDwellTip(int position, int x, int y)
{
    int marginsWidth = 0;
    for (int margin = 0; margin < margins(); ++margin) marginsWidth += marginWidth(margin);
    QString text;
    if (x < marginsWidth) {
        const long nearest = SendScintilla(SCI_POSITIONFROMPOINT, static_cast<unsigned long>(marginsWidth),
                                           static_cast<long>(y));
        text = diagnosticsOnLine(static_cast<int>(SendScintilla(SCI_LINEFROMPOSITION,
                                                                static_cast<unsigned long>(nearest))));
    } else if (position >= 0) {
        text = diagnosticsAt(position);
    }
    if (!text.isEmpty()) QToolTip::showText(viewport()->mapToGlobal(QPoint(x, y)), text, viewport());
}

}  // namespace ss::ui
