#pragma once

#include "app/dbx/cli_args.h"
#include "core/db/database_connection.h"
#include "core/query/explorer.h"

#include <memory>
#include <string>

namespace dbx {

// `--db URL|ENV [--project DIR] [--spec FILE] [--semantic FILE]` for the Explore commands: the database opened
// read-only (its connection kept for the queries) and its semantic model, with the spec's descriptions and
// measures and the project's semantic.yml (when there is one) laid over it. Returns the exit code on failure,
// else -1.
struct ExploreInput {
    ss::DatabaseConnection connection;
    std::unique_ptr<ss::query::Explorer> explorer;
};
int openExploreInput(const std::string& command, const Args& args, const std::string& usage, ExploreInput& out);

}  // namespace dbx
