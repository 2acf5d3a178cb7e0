#pragma once

#include "core/design/draft_builder.h"

#include <optional>
#include <string>
#include <vector>

namespace ss::design {

// The calendar level a time word names: "daily", "by day", "per month", "quarterly", "annual", ...
std::optional<TimeLevel> timeLevel(const std::string& word);

}  // namespace ss::design
