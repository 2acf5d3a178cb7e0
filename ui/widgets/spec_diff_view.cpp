#include "ui/widgets/spec_diff_view.h"

#include "ui/widgets/code_editor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

struct DiffColours {
    QColor removed, added, changed, filler, word;
};

DiffColours diffColours(bool dark)
{
    if (dark) return {QColor("#4a2124"), QColor("#1f3d2a"), QColor("#3f3414"), QColor("#26282c"), QColor("#8a6d1f")};
    return {QColor("#ffebe9"), QColor("#dafbe1"), QColor("#fff5d1"), QColor("#f3f4f6"), QColor("#f2c94c")};
}

// The byte range of `a` that differs from `b` once their common start and end are left out.
std::pair<int, int> differingPart(std::string_view a, std::string_view b)
{
    std::size_t start = 0;
    while (start < a.size() && start < b.size() && a[start] == b[start]) ++start;
    std::size_t end = 0;
    while (end < a.size() - start && end < b.size() - start && a[a.size() - 1 - end] == b[b.size() - 1 - end]) ++end;
    return {static_cast<int>(start), static_cast<int>(a.size() - start - end)};
}

}  // namespace

SpecDiffView::SpecDiffView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (Side& side : sides_) {
        buildSide(side, QString());
        auto* column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(side.title);
        column->addWidget(side.editor, 1);
        layout->addLayout(column, 1);
    }
    followScrolling(left(), right());
    followScrolling(right(), left());
    connect(left(), &CodeEditor::themeChanged, this, &SpecDiffView::applyColours);
    applyColours();
}

void SpecDiffView::buildSide(Side& side, const QString& title)
{
    side.title = new QLabel(title, this);
    side.title->setTextFormat(Qt::PlainText);
    side.editor = new CodeEditor(CodeEditor::Language::Yaml, this);
    side.editor->setReadOnly(true);
    side.editor->setCaretLineVisible(false);
    side.editor->setWrapMode(QsciScintilla::WrapNone);  // wrapping one side would break the row alignment
    for (int& marker : side.changeMarker) marker = side.editor->markerDefine(QsciScintilla::Background);
    side.wordIndicator = side.editor->indicatorDefine(QsciScintilla::FullBoxIndicator);
    // Drawn under the text and see-through: the box marks what changed without hiding it.
    const auto indicator = static_cast<unsigned long>(side.wordIndicator);
    side.editor->SendScintilla(QsciScintillaBase::SCI_INDICSETUNDER, indicator, 1L);
    side.editor->SendScintilla(QsciScintillaBase::SCI_INDICSETALPHA, indicator, 110L);
    side.editor->SendScintilla(QsciScintillaBase::SCI_INDICSETOUTLINEALPHA, indicator, 220L);
}

void SpecDiffView::followScrolling(CodeEditor* from, CodeEditor* to)
{
    connect(from->verticalScrollBar(), &QScrollBar::valueChanged, to, [to](int value) {
        if (to->verticalScrollBar()->value() != value) to->verticalScrollBar()->setValue(value);
    });
    connect(from->horizontalScrollBar(), &QScrollBar::valueChanged, to, [to](int value) {
        if (to->horizontalScrollBar()->value() != value) to->horizontalScrollBar()->setValue(value);
    });
}

void SpecDiffView::applyColours()
{
    const DiffColours c = diffColours(left()->isDarkTheme());
    for (int s = 0; s < 2; ++s) {
        Side& side = sides_[s];
        side.editor->setMarkerBackgroundColor(s == 0 ? c.removed : c.added, side.changeMarker[OwnLine]);
        side.editor->setMarkerBackgroundColor(c.changed, side.changeMarker[ChangedLine]);
        side.editor->setMarkerBackgroundColor(c.filler, side.changeMarker[Filler]);
        side.editor->setIndicatorForegroundColor(c.word, side.wordIndicator);
        side.editor->setIndicatorOutlineColor(c.word, side.wordIndicator);
    }
}

void SpecDiffView::clear()
{
    setComparison(QString(), {}, QString(), {}, {});
}

void SpecDiffView::setComparison(const QString& leftTitle, const std::string& left, const QString& rightTitle,
                                 const std::string& right, const std::vector<AlignedLine>& rows)
{
    const std::vector<std::string_view> lines[2] = {splitLines(left), splitLines(right)};
    sides_[0].title->setText(leftTitle);
    sides_[1].title->setText(rightTitle);
    firstChange_ = -1;

    for (int s = 0; s < 2; ++s) {
        Side& side = sides_[s];
        std::string text;
        text.reserve(s == 0 ? left.size() + rows.size() : right.size() + rows.size());
        QStringList labels;
        labels.reserve(static_cast<qsizetype>(rows.size()));
        for (const AlignedLine& row : rows) {
            const int line = s == 0 ? row.left : row.right;
            if (line >= 0) text += lines[s][static_cast<std::size_t>(line)];
            text += '\n';
            labels << (line >= 0 ? QString::number(line + 1) : QString());
        }
        CodeEditor& editor = *side.editor;
        editor.setReadOnly(false);
        editor.loadUtf8Text(text);
        editor.setReadOnly(true);
        editor.setLineLabels(labels);
        for (int marker : side.changeMarker) editor.markerDeleteAll(marker);
        editor.SendScintilla(QsciScintillaBase::SCI_SETINDICATORCURRENT, static_cast<unsigned long>(side.wordIndicator));
        editor.SendScintilla(QsciScintillaBase::SCI_INDICATORCLEARRANGE, 0UL, static_cast<long>(text.size()));

        for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
            const AlignedLine& row = rows[static_cast<std::size_t>(r)];
            if (row.change == LineChange::Same) continue;
            if (firstChange_ < 0) firstChange_ = r;
            const int line = s == 0 ? row.left : row.right;
            if (line < 0) {
                editor.markerAdd(r, side.changeMarker[Filler]);
                continue;
            }
            if (row.change != LineChange::Changed) {
                editor.markerAdd(r, side.changeMarker[OwnLine]);
                continue;
            }
            editor.markerAdd(r, side.changeMarker[ChangedLine]);
            const std::string_view mine = lines[s][static_cast<std::size_t>(line)];
            const std::string_view theirs = lines[1 - s][static_cast<std::size_t>(s == 0 ? row.right : row.left)];
            const auto [start, length] = differingPart(mine, theirs);
            if (length <= 0) continue;
            const long lineStart = editor.SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, static_cast<unsigned long>(r));
            editor.SendScintilla(QsciScintillaBase::SCI_INDICATORFILLRANGE, static_cast<unsigned long>(lineStart + start),
                                 static_cast<long>(length));
        }
    }
    if (firstChange_ < 0) return;
    for (Side& side : sides_) side.editor->setFirstVisibleLine(std::max(0, firstChange_ - 3));
}

}  // namespace ss::ui
