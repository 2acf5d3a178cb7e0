#pragma once

#include "app/dbx/cli_args.h"
#include "core/plan/plan.h"
#include "core/sql/dialect.h"

#include <optional>
#include <string>

namespace dbx {

// The two sides of `dbx plan` and `dbx impact`: the target spec and the current one, loaded and validated.
struct PlanInputs {
    ss::SchemaModel current;
    ss::SchemaModel target;
    std::optional<ss::Dialect> databaseDialect;  // set when the current schema was inspected from --db
};

// Loads and validates one spec; on failure prints why and returns the exit code (2 unreadable, 1 spec errors),
// else -1.
int loadSpecForPlanning(const std::string& command, const std::string& file, ss::SchemaModel& model);

// Loads both specs; on failure prints why and returns the exit code (2 unreadable, 1 spec errors), else -1.
// With `--db URL|ENVIRONMENT` the current schema is inspected from that database instead of read from --current.
int loadPlanInputs(const std::string& command, const std::string& targetFile, const Args& args, const std::string& usage,
                   PlanInputs& inputs);

// The plan from current to target for `dialect` (the spec's declared types written out where it has none);
// against a database, without what that database cannot hold anyway.
ss::Plan planOf(const PlanInputs& inputs, ss::Dialect dialect);

}  // namespace dbx
