#pragma once

#include "core/db/apply/migration_script.h"
#include "core/db/database_connection.h"

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace ss {

enum class StatementStatus { Running, Applied, Failed, Skipped };
const char* toString(StatementStatus status);  // "running", "applied", "failed", "skipped"

// One statement's progress, reported when it starts (Running) and when it ends; Skipped for statements a resumed
// MySQL migration had already run.
struct StatementProgress {
    int index = 0;  // 1-based, over all the migration's statements
    int total = 0;
    std::string firstLine;
    long long durationMs = 0;
    StatementStatus status = StatementStatus::Running;
    std::string error;
};

// How a caller follows an apply from another thread: every callback runs on the applying thread, between
// statements. `cancel` is read before each statement: SQLite and PostgreSQL then roll the whole migration back;
// MySQL stops after the statement that is running and leaves a journal the next apply resumes from.
struct ApplyHooks {
    std::function<void(const StatementProgress&)> onStatement;
    std::function<void(const std::string&)> onMessage;  // lock waits, resumes, backups, ledger repairs
    const std::atomic<bool>* cancel = nullptr;
};

struct ApplyOptions {
    bool allowBreaking = false;  // run high-risk operations, after a backup
    bool dryRun = false;         // check and report only: no lock, no ledger, no change
    int lockTimeoutSeconds = 10;
    ApplyHooks hooks;
};

enum class ApplyStatus {
    Applied,          // ran to the end and is recorded
    AlreadyApplied,   // the ledger holds it with the same checksum: nothing ran
    NothingToDo,      // no statements
    DryRun,           // would run (see ApplyOutcome::wouldRun)
    RefusedBreaking,  // high-risk operations without allowBreaking
    Refused,          // the ledger, the lock or the dialect forbids it; nothing ran
    Failed,           // a statement failed (SQLite/PostgreSQL: rolled back; MySQL: journaled, resumable)
    Cancelled,
};
const char* toString(ApplyStatus status);  // "applied", "already_applied", ...

struct ApplyOutcome {
    ApplyStatus status = ApplyStatus::Failed;
    std::string migrationId;
    std::string summary;                    // one sentence for the user
    std::vector<std::string> messages;      // everything onMessage heard, in order
    std::vector<ScriptOperation> breaking;  // the high-risk operations (refused, or run after the backup)
    std::vector<int> wouldRun;              // dry run: the 1-based indexes of the statements that would run
    std::string backup;                     // where the backup is, when one was taken
    int statementsTotal = 0;
    int statementsRun = 0;                  // by this call
    int resumedFrom = 0;                    // 1-based first statement of a resumed MySQL run; 0 otherwise
    int failedStatement = 0;                // 1-based; 0 when none failed
    long long durationMs = 0;
    std::string error;                      // the failure or refusal, in full

    bool ok() const;  // applied, already applied, nothing to do, dry run
};

// Applies one migration to an open database, recording it in the ledger (dbx_migrations) inside the database:
// takes the apply lock, refuses a migration whose recorded checksum differs or that carries high-risk operations
// without allowBreaking, backs up what those operations lose, then runs the statements (SQLite, PostgreSQL: one
// transaction, ledger row included; MySQL: journaled statement by statement, resuming where an earlier attempt
// stopped). Never throws; everything that went wrong is in the outcome.
ApplyOutcome applyMigration(DatabaseConnection& connection, const MigrationScript& script, const ApplyOptions& options);

}  // namespace ss
