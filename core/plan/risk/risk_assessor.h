#pragma once

#include "core/plan/plan.h"

namespace ss {

// Runs every risk rule over every operation of the plan and stores the findings on the operations.
void assessRisks(Plan& plan, const SchemaModel& current, const SchemaModel& target);

}  // namespace ss
