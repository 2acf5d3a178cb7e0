#pragma once

#include "app/dbx/cli_args.h"
#include "core/db/inspect/inspector.h"

#include <string>
#include <vector>

namespace dbx {

struct InspectedDatabase {
    ss::InspectResult result;
    ss::Dialect dialect = ss::Dialect::Sqlite;
    std::string display;  // the database's URL without secrets
};

// `--db URL|ENVIRONMENT [--project DIR] [--schemas A,B] [--no-cache]`: opens the database (SQLite read-only)
// and inspects it through the snapshot cache, on PostgreSQL reading the schemas of --schemas and `specSchemas`
// beside the current one. Notes go to stderr. On failure prints why and returns the exit code (2 for a bad
// URL, 1 when the database cannot be reached or read), else -1.
int inspectDatabaseArg(const std::string& command, const Args& args, const std::string& usage,
                       const std::vector<std::string>& specSchemas, InspectedDatabase& out);

// A spec file that must load without errors (its diagnostics go to stderr): -1 with `model` filled, else the
// exit code (2 when it cannot be read, else `errorsExit`).
int loadCleanSpec(const std::string& command, const std::string& specPath, ss::SchemaModel& model, int errorsExit);

// The schema a command works on: the live database of --db, else the spec file `specPath`, which must load
// without errors (its diagnostics go to stderr). Returns the exit code on failure, else -1 with `model` and
// `source` (the URL without secrets, or the file) filled.
int loadSpecOrDatabase(const std::string& command, const Args& args, const std::string& usage, const std::string& specPath,
                       ss::SchemaModel& model, std::string& source);

}  // namespace dbx
