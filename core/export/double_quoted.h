#pragma once

#include <string>
#include <string_view>

namespace ss {

// `text` as a double-quoted string literal that JSON, Python and TypeScript all read back unchanged:
// backslash, quote and control characters escaped, everything else (UTF-8 included) as it is.
std::string doubleQuoted(std::string_view text);

}  // namespace ss
