#pragma once

#include "core/util/line_diff.h"

#include <QWidget>

#include <string>
#include <vector>

class QLabel;

namespace ss::ui {

class CodeEditor;

// Two canonical specs side by side, lined up row for row: removed lines shaded red on the left, added ones
// green on the right, changed ones amber on both sides with the part that differs boxed, and a blank band
// where one side has nothing. Line numbers are the files' own; the two sides scroll together.
class SpecDiffView : public QWidget {
    Q_OBJECT

public:
    explicit SpecDiffView(QWidget* parent = nullptr);

    void setComparison(const QString& leftTitle, const std::string& left, const QString& rightTitle,
                       const std::string& right, const std::vector<AlignedLine>& rows);
    void clear();

    CodeEditor* left() const { return sides_[0].editor; }
    CodeEditor* right() const { return sides_[1].editor; }
    // The 0-based row of the first change, -1 when the two sides are the same.
    int firstChangedRow() const { return firstChange_; }

private:
    struct Side {
        QLabel* title = nullptr;
        CodeEditor* editor = nullptr;
        int changeMarker[3] = {-1, -1, -1};  // removed or added, changed, filler
        int wordIndicator = -1;
    };
    enum Shade { OwnLine, ChangedLine, Filler };

    void buildSide(Side& side, const QString& title);
    void applyColours();
    void followScrolling(CodeEditor* from, CodeEditor* to);

    Side sides_[2];
    int firstChange_ = -1;
};

}  // namespace ss::ui
