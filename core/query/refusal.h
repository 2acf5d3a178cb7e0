#pragma once

#include <string>
#include <string_view>

namespace ss::query {

// Why a question is refused, or empty: questions that ask to change data or the schema ("delete all
// customers", "drop table orders", "set every balance to 0") and SQL pasted in. Explore only reads.
std::string refusalOf(std::string_view question);

}  // namespace ss::query
