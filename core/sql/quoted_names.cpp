#include "core/sql/quoted_names.h"

namespace ss {

std::string unquotedName(std::string_view text)
{
    if (text.size() < 2 || text.front() != '"' || text.back() != '"')
        return std::string(text);
    std::string out;
    for (std::size_t i = 1; i + 1 < text.size(); ++i) {
        out += text[i];
        if (text[i] == '"' && text[i + 1] == '"')
            ++i;
    }
    return out;
}

}  // namespace ss
