#include "core/util/collapse_blanks.h"

namespace ss {

std::string collapseBlanks(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool blank = false;
    for (char ch : text) {
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
            blank = !out.empty();
            continue;
        }
        if (blank)
            out.push_back(' ');
        blank = false;
        out.push_back(ch);
    }
    return out;
}

}  // namespace ss
