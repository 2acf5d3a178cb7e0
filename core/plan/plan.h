#pragma once

#include "core/plan/operation.h"
#include "core/spec/schema_model.h"

#include <string>
#include <string_view>
#include <vector>

namespace ss {

// A table that exists on both sides and changes: both definitions, for dialects that rebuild a table
// instead of altering it in place (SQLite).
struct TableAlteration {
    Table current;
    Table target;
};

struct RiskSummary {
    int safe = 0;
    int medium = 0;
    int high = 0;
    int total() const { return safe + medium + high; }
    RiskLevel highest() const { return high ? RiskLevel::High : medium ? RiskLevel::Medium : RiskLevel::Safe; }
};

struct PlanNote {
    std::string table;
    std::string text;
};

// What it takes to turn `current` into `target`: the operations in the order they must run, each with its risk.
struct Plan {
    std::string fromVersion;
    std::string toVersion;
    std::vector<Operation> operations;
    std::vector<TableAlteration> alteredTables;
    // Tables on both sides that need no operation: a dialect that rebuilds a table other tables reference
    // (DuckDB refuses to drop it) rebuilds those too.
    std::vector<Table> keptTables;
    // What the plan does not change although the spec differs (column order): the table and a sentence each.
    std::vector<PlanNote> notes;

    bool empty() const { return operations.empty(); }
    const TableAlteration* findAlteration(std::string_view targetTableName) const;
    RiskSummary summary() const;
};

// Compares two models. Tables and columns are matched by name (case-insensitive), or through `renamed_from`
// when the target names a predecessor that exists in `current` while the new name does not; a rename is
// never guessed. Planning a model against itself gives no operations.
Plan diff(const SchemaModel& current, const SchemaModel& target);

}  // namespace ss
