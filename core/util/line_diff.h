#pragma once

#include <string_view>
#include <vector>

namespace ss {

enum class LineChange { Same, Removed, Added, Changed };

// One row of a side-by-side comparison: the 0-based line on each side, -1 where that side has none
// (a removed line has no right line, an added one no left line; a changed line has both).
struct AlignedLine {
    int left = -1;
    int right = -1;
    LineChange change = LineChange::Same;
};

// Splits text into lines without their line breaks; a final line break does not start an empty line.
std::vector<std::string_view> splitLines(std::string_view text);

// Aligns two texts line by line for a side-by-side view. Lines unique to both sides anchor the match
// (patience diff), so a structured text such as a canonical spec lines up by its names; the small stretches
// between anchors are matched exactly. A run of removed lines followed by added ones is paired into changed
// rows. Every line of both sides appears exactly once, in order.
std::vector<AlignedLine> alignLines(const std::vector<std::string_view>& left,
                                    const std::vector<std::string_view>& right);

}  // namespace ss
