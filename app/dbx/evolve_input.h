#pragma once

#include "app/dbx/cli_args.h"
#include "core/db/database_connection.h"

#include <QJsonObject>

#include <string>

namespace dbx {

// The usage of every `dbx evolve` subcommand.
extern const char* kEvolveUsage;

// `--db URL|ENV [--project DIR]` of an evolve subcommand: the open database and the project's current.yml
// (empty when the folder holds no project: changes then start from the database as it is). Prints why and
// returns the exit code on failure, else -1.
int openEvolveDatabase(const std::string& command, const Args& args, ss::DatabaseConnection& connection,
                       std::string& currentSpecPath, bool createFile = false);

// The JSON text of an object, indented.
std::string indentedJson(const QJsonObject& object);

int runEvolveAnalyze(const std::vector<std::string>& args);
int runEvolveReview(const std::string& action, const std::vector<std::string>& args);  // approve, reject, rollback
int runEvolveList(const std::string& what, const std::vector<std::string>& args);      // list, show, history, stats, tables
int runEvolveSample(const std::vector<std::string>& args);

}  // namespace dbx
