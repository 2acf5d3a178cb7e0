#pragma once

#include <string>
#include <string_view>

namespace ss {

// A name as SQL writes it back to the name: "Order ""Lines""" -> Order "Lines"; an unquoted name stays as it is.
std::string unquotedName(std::string_view text);

}  // namespace ss
