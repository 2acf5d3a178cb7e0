#pragma once

#include "core/spec/schema_model.h"

#include <string_view>

namespace ss {

// The declared type of `types:` named `name` (exact name first, else the one equal ignoring case).
const UserType* findType(const SchemaModel& model, std::string_view name);

// The declared type a column uses (`type: mood` reads as the verbatim type `mood` naming a declared type), or
// null for a portable or native column type.
const UserType* typeOf(const SchemaModel& model, const Column& column);

const char* toString(UserType::Kind kind);  // "enum", "domain"

}  // namespace ss
