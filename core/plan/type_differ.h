#pragma once

#include "core/plan/operation.h"

#include <vector>

namespace ss {

// The operations on the declared types (`types:`): a new type is created before the tables that use it and
// a dropped one dropped after them; values added to an enum around the ones it keeps, in their order, are
// added one by one; any other change replaces the type under the columns that use it; a description alone
// is set on its own.
void diffTypes(const SchemaModel& current, const SchemaModel& target, std::vector<Operation>& out);

}  // namespace ss
