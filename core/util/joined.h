#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ss {

// The items one after the other with `separator` between them: "a, b, c".
std::string joined(const std::vector<std::string>& items, std::string_view separator = ", ");

}  // namespace ss
