#pragma once

#include "core/db/schema_texts.h"
#include "core/plan/operation.h"
#include "core/sql/migration.h"

#include <string>
#include <vector>

namespace ss {

// An operation of a migration as the apply engine sees it: what it does and how risky it is. From a plan it is
// the operation itself; from a file it is read back from the body's "-- N. description [risk]" comments, with the
// reasons taken from the impact sidecar (NAME.sql.impact.json) when that belongs to the same body.
struct ScriptOperation {
    int step = 0;  // 1-based, as the plan and the file number it
    std::string description;
    RiskLevel risk = RiskLevel::Safe;
    std::vector<RiskFinding> reasons;
};

struct ScriptStatement {
    std::string sql;
    int operation = -1;  // index into MigrationScript::operations; -1 for the migration's own framing
    StatementPhase phase = StatementPhase::InTransaction;
    bool mustReturnNoRows = false;
    std::string checksum;  // SHA-256 of `sql`: what the MySQL journal records per statement
};

// What one apply runs: the statements in order with the phase each belongs to, identified by `id` (the file's
// name without .sql) and by the checksum of the body they came from.
struct MigrationScript {
    std::string id;
    std::string source;    // the migration file, or what the plan was made from
    std::string checksum;  // "sha256:..." of the body
    Dialect dialect = Dialect::Sqlite;
    std::string fromVersion;
    std::string toVersion;
    bool plannedAgainstLiveSchema = false;  // --target: the plan was made from the database as it is now
    std::vector<ScriptOperation> operations;
    std::vector<ScriptStatement> statements;
    std::vector<std::string> notes;  // things worth telling the user that do not stop the apply
    // The target spec's checks and views when the script was planned from one: recorded once it is applied.
    std::vector<SchemaText> texts;

    std::vector<const ScriptOperation*> highRiskOperations() const;
    // One line for the ledger: the operation count and the first few descriptions.
    std::string description() const;
};

struct ScriptLoad {
    MigrationScript script;
    std::string error;
    bool ok() const { return error.empty(); }
};

// Reads a migration file written by `dbx plan --out`. Refuses a file whose header checksum does not match its
// body (it was edited after it was generated), naming both checksums.
ScriptLoad loadMigrationScript(const std::string& path);
// The same from text already read; `path` names the file in messages and gives the id.
ScriptLoad migrationScriptFromText(const std::string& text, const std::string& path);

// The script of a plan rendered for a dialect, as `dbx apply --target` runs it.
MigrationScript migrationScriptFromPlan(const Plan& plan, const Migration& migration, std::string id, std::string source);

// The id of a migration file: its name without the folder and the .sql extension.
std::string migrationIdOf(const std::string& path);

}  // namespace ss
