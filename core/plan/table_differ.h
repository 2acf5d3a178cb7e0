#pragma once

#include "core/plan/name_matching.h"
#include "core/plan/operation.h"

#include <vector>

namespace ss {

// Appends the operations that turn `current` into `target` (the same table, possibly renamed): columns, primary
// key, indexes, unique and check constraints, foreign keys and comments. `renames` reads current references
// (FK targets, constraint columns) under the target's names so that a rename alone changes nothing else.
void diffTable(const Table& current, const Table& target, const Renames& renames, std::vector<Operation>& out);

// Records the column renames of a matched table pair.
void collectColumnRenames(const Table& current, const Table& target, Renames& renames);

// True when an operation changes what a view over the table could read (anything but indexes and comments).
bool changesTableShape(OpKind kind);

}  // namespace ss
