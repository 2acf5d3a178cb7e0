#pragma once

#include <string>
#include <string_view>

namespace ss {

// Escapes text for a JSON string literal (without the quotes): backslash, quote and control characters; the
// result is also a valid Python and TypeScript double-quoted literal's content.
std::string jsonEscape(std::string_view text);

}  // namespace ss
