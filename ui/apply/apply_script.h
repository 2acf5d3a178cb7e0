#pragma once

#include "core/db/apply/migration_script.h"
#include "core/db/database_connection.h"
#include "core/sql/migration.h"
#include "ui/plan/plan_job.h"

#include <QString>

#include <memory>

namespace ss::ui {

// What the Apply page runs: the Design page's spec planned against the live schema (as `dbx apply --target`),
// or a migration file of the project (as `dbx apply FILE`).
struct ApplySource {
    enum class Kind { DesignSpec, MigrationFile };
    Kind kind = Kind::DesignSpec;
    QString path;  // MigrationFile: the file

    friend bool operator==(const ApplySource&, const ApplySource&) = default;
};

// The source's contents as the page hands them to a worker.
struct ScriptInput {
    ApplySource source;
    PlanSide spec;  // DesignSpec: the Design page's model, its diagnostics and its name
    QString specPath;
};

// The script a source gives for one database, and its SQL as the migration body shows it.
struct ScriptBuild {
    QString error;  // why there is no script (a spec with errors, an unreadable file, an unreachable database)
    std::shared_ptr<const MigrationScript> script;
    MigrationText sql;
};

// Plans or loads the script against an open database (a spec is planned from its live schema, read fresh). A
// null connection stands for a SQLite file that does not exist yet: the spec is planned from the empty schema.
ScriptBuild buildApplyScript(DatabaseConnection* connection, Dialect dialect, const ScriptInput& input);

// A migration file's body with where each "-- N." operation comment starts and ends.
MigrationText migrationFileText(const std::string& fileText);

}  // namespace ss::ui
