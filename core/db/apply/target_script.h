#pragma once

#include "core/db/apply/drift.h"
#include "core/db/apply/migration_script.h"
#include "core/sql/migration.h"

#include <string>

namespace ss {

// `dbx apply --target`: the live schema, the plan from it to the target spec, its SQL for the database's dialect
// and the script the engine runs. The migration's id is the spec's name and the time it was planned, so every
// plan made from the live schema is a migration of its own.
struct LivePlan {
    DriftReport drift;  // the live schema and the plan
    Migration migration;
    MigrationScript script;

    bool ok() const { return drift.ok(); }
};

// Refused (drift.error) when the target names tables or columns in a way the database cannot hold
// (core/db/name_folding.h); what it would only ignore (a PostgreSQL schema elsewhere) goes into the notes.
LivePlan planAgainstDatabase(DatabaseConnection& connection, const SchemaModel& target, const std::string& targetPath);

}  // namespace ss
