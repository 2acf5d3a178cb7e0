#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ss::rules {

// "Did you mean 'x'?" naming the candidate closest to `name` (case-insensitive edit distance of at most a
// third of its length), or an empty string when nothing is close enough to be a likely typo. Gives up on
// more than 5,000 candidates, where the scan would cost more than the hint is worth.
std::string didYouMean(std::string_view name, const std::vector<std::string_view>& candidates);

}  // namespace ss::rules
