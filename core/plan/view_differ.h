#pragma once

#include "core/plan/operation.h"

#include <string>
#include <unordered_set>
#include <vector>

namespace ss {

// Appends the view operations. A view whose definition changes is replaced; a view that reads a table or view
// that changes shape (`changedObjects`: lower-case names, current and target) is dropped before the change
// and created again after it, as PostgreSQL refuses to alter what a view depends on and SQLite's table
// rebuild would leave it pointing at a dropped table.
void diffViews(const SchemaModel& current, const SchemaModel& target, const std::unordered_set<std::string>& changedObjects,
               std::vector<Operation>& out);

// Positions of the views in dependency order (a view after the views it reads).
std::vector<std::size_t> viewCreationOrder(const std::vector<View>& views);

}  // namespace ss
