#pragma once

#include "core/spec/schema_model.h"

#include <optional>
#include <string>

namespace ss {

// The note a plan carries when a table that stays would not end up with its columns in the spec's order: no
// dialect reorders columns in place (PostgreSQL and MariaDB add them at the end), so the order is reported, not
// planned as a change. Nullopt when the order after the plan is the spec's.
std::optional<std::string> columnOrderNote(const Table& current, const Table& target);

}  // namespace ss
