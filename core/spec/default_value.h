#pragma once

#include "core/spec/schema_model.h"

#include <optional>
#include <string>

namespace ss {

// What a default written as a YAML scalar means: an unquoted 0 is a number, true a boolean,
// CURRENT_TIMESTAMP an expression, anything else (and anything quoted) a string.
DefaultValue classifyDefault(const std::string& text, bool plain);

bool isNumberLiteral(const std::string& text);

// Whether two defaults mean the same value: numbers compare by value (a database pads 0 to 0.00 in a
// DECIMAL(18,2) column), everything else by kind and text.
bool sameDefault(const std::optional<DefaultValue>& a, const std::optional<DefaultValue>& b);

}  // namespace ss
