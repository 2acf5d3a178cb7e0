#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ss {

// `text` as a double-quoted string literal that JSON, Python and TypeScript all read back unchanged:
// backslash, quote and control characters escaped, everything else (UTF-8 included) as it is.
std::string doubleQuoted(std::string_view text);

// Each item double-quoted, with `separator` between them: an enum's values as the three languages list them.
std::string doubleQuotedList(const std::vector<std::string>& items, std::string_view separator);

}  // namespace ss
