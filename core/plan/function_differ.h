#pragma once

#include "core/plan/operation.h"

#include <vector>

namespace ss {

// The operations on the spec's functions (`functions:`), each known by its name and argument types: a new one is
// created before the tables whose defaults and checks call it, one whose text or description changes is replaced
// in place (CREATE OR REPLACE), and one the target no longer has is dropped after the tables. A changed
// signature is another function: the old one is dropped and the new one created.
void diffFunctions(const SchemaModel& current, const SchemaModel& target, std::vector<Operation>& out);

// The function of `model` with this name and signature, or null.
const SqlFunction* findFunction(const SchemaModel& model, const SqlFunction& like);

}  // namespace ss
