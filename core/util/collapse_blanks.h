#pragma once

#include <string>
#include <string_view>

namespace ss {

// SQL text as a comparison sees it: runs of blanks folded to one space, none at either end, so that
// re-indenting a check or a view is not a change.
std::string collapseBlanks(std::string_view text);

}  // namespace ss
