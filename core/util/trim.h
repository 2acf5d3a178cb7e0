#pragma once

#include <string_view>

namespace ss {

// `text` without the white space (std::isspace) at either end.
std::string_view trimmed(std::string_view text);

}  // namespace ss
