#pragma once

#include "core/spec/schema_model.h"

#include <string>

namespace ss {

// What a default written as a YAML scalar means: an unquoted 0 is a number, true a boolean,
// CURRENT_TIMESTAMP an expression, anything else (and anything quoted) a string.
DefaultValue classifyDefault(const std::string& text, bool plain);

bool isNumberLiteral(const std::string& text);

}  // namespace ss
