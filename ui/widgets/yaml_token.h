#pragma once

#include <string_view>

namespace ss::ui {

struct TokenSpan {
    int start = 0;   // byte offset in the line
    int length = 0;  // 0 when there is nothing to underline
};

// The extent of the YAML token that starts at byte `column` of one line: a quoted scalar with its quotes, a
// flow collection up to its closing bracket, a key up to its colon, or a plain scalar up to the next flow
// separator or comment (commas inside parentheses belong to the scalar: DECIMAL(18,2)). A column past the end
// of the line falls back to the line's last character, so that a location at a line break is still visible.
TokenSpan yamlTokenAt(std::string_view line, int column);

}  // namespace ss::ui
