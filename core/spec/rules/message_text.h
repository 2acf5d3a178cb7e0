#pragma once

#include "core/spec/source_location.h"

#include <string>
#include <string_view>
#include <vector>

namespace ss::rules {

// A name as a message shows it: control characters escaped, long names shortened, so a hostile name
// cannot garble a terminal or a problems list. quoted() adds single quotes around it.
std::string printable(std::string_view name);
std::string quoted(std::string_view name);

// " (line 12)" pointing at another node of the same file, or nothing when the location is unknown.
std::string onLine(SourceLocation loc);

// "(loan_id, payment_date)"; past eight names "(a, b, c, d, e, f, g, h, ... 12 more)", so messages stay short.
std::string columnList(const std::vector<std::string>& columns);

// "a -> b -> c -> a" for a cycle given as its nodes in order; long cycles are shortened in the middle.
std::string cyclePath(const std::vector<std::string_view>& nodes);

}  // namespace ss::rules
