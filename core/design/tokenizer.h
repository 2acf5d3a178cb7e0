#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ss::design {

// The separator token a comma, semicolon, full stop, bracket, slash or ampersand becomes.
inline constexpr const char* kSeparator = ",";

// Lower-case words of a prompt; hyphens split words ("order-entry"), underscores stay inside them
// (a column name written as user_id), punctuation becomes kSeparator.
std::vector<std::string> tokenize(std::string_view prompt);

}  // namespace ss::design
