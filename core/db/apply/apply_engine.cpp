#include "core/db/apply/apply_engine.h"

#include "core/db/apply/apply_context.h"
#include "core/db/apply/apply_lock.h"
#include "core/db/apply/process_identity.h"
#include "core/db/apply/resume_state.h"
#include "core/db/run_log.h"
#include "core/sql/migration_file.h"

namespace ss {

namespace {

std::string riskList(const std::vector<ScriptOperation>& ops)
{
    std::string out;
    for (const auto& op : ops) {
        out += "\n  " + std::to_string(op.step) + ". " + op.description;
        for (const auto& r : op.reasons)
            out += "\n       " + r.code + ": " + r.message;
    }
    return out;
}

ApplyOutcome& finish(ApplyOutcome& out, ApplyStatus status, std::string summary, std::string error = {})
{
    out.status = status;
    out.summary = std::move(summary);
    if (!error.empty())
        out.error = std::move(error);
    return out;
}

// Takes the backup the high-risk operations call for: the SQLite file now, the table copies as statements the
// executor runs first. A resumed migration keeps the backup its first attempt took.
bool prepareBackup(ApplyContext& c, const std::optional<LedgerEntry>& previous)
{
    if (c.startAt > 0 && previous && !previous->backup.empty()) {
        c.entry.backup = previous->backup;
        c.message("the backup taken by the first attempt stays: " + previous->backup);
        return true;
    }
    if (c.connection.dialect() == Dialect::Sqlite) {
        std::string location;
        if (std::string e = backupSqliteDatabase(c.connection, c.script.id, location); !e.empty()) {
            finish(c.outcome, ApplyStatus::Failed, "the backup failed; nothing was applied", e);
            return false;
        }
        c.entry.backup = location;
        c.message("backed the database up to " + location);
        return true;
    }
    if (std::string e = planTableBackups(c.connection, c.script, c.tableBackups); !e.empty()) {
        finish(c.outcome, ApplyStatus::Failed, "the backup could not be planned; nothing was applied", e);
        return false;
    }
    if (c.tableBackups.statements.empty())
        c.message("no existing table loses data: no backup needed");
    else
        c.message("backup first: " + c.tableBackups.location);
    return true;
}

std::string summaryOf(const ApplyContext& c)
{
    const ApplyOutcome& o = c.outcome;
    const std::string id = "migration " + c.script.id;
    switch (o.status) {
    case ApplyStatus::Applied:
        return "applied " + id + ": " + std::to_string(o.statementsRun) + " of " + std::to_string(o.statementsTotal) +
               " statements in " + std::to_string(o.durationMs) + " ms" +
               (o.resumedFrom ? " (resumed from statement " + std::to_string(o.resumedFrom) + ")" : "") +
               (o.backup.empty() ? "" : "; backup: " + o.backup);
    case ApplyStatus::Cancelled: return id + " cancelled: " + o.error;
    default: return id + " failed: " + o.error;
    }
}

}  // namespace

const char* toString(StatementStatus status)
{
    switch (status) {
    case StatementStatus::Running: return "running";
    case StatementStatus::Applied: return "applied";
    case StatementStatus::Failed: return "failed";
    case StatementStatus::Skipped: return "skipped";
    }
    return "failed";
}

const char* toString(ApplyStatus status)
{
    switch (status) {
    case ApplyStatus::Applied: return "applied";
    case ApplyStatus::AlreadyApplied: return "already_applied";
    case ApplyStatus::NothingToDo: return "nothing_to_do";
    case ApplyStatus::DryRun: return "dry_run";
    case ApplyStatus::RefusedBreaking: return "refused_breaking";
    case ApplyStatus::Refused: return "refused";
    case ApplyStatus::Failed: return "failed";
    case ApplyStatus::Cancelled: return "cancelled";
    }
    return "failed";
}

bool ApplyOutcome::ok() const
{
    return status == ApplyStatus::Applied || status == ApplyStatus::AlreadyApplied || status == ApplyStatus::NothingToDo ||
           status == ApplyStatus::DryRun;
}

ApplyOutcome applyMigration(DatabaseConnection& connection, const MigrationScript& script, const ApplyOptions& options)
{
    ApplyOutcome out;
    out.migrationId = script.id;
    out.statementsTotal = static_cast<int>(script.statements.size());
    for (const ScriptOperation* op : script.highRiskOperations())
        out.breaking.push_back(*op);
    ApplyContext c(connection, script, options, out);
    for (const auto& note : script.notes)
        c.message(note);

    if (script.dialect != connection.dialect())
        return finish(out, ApplyStatus::Refused, "the migration was written for another dialect",
                      script.source + " is a " + toString(script.dialect) + " migration; " +
                          connection.url().display() + " is a " + toString(connection.dialect()) + " database");
    if (script.statements.empty())
        return finish(out, ApplyStatus::NothingToDo, "nothing to apply: the migration has no statements");

    ApplyLock lock(connection);
    if (!options.dryRun) {
        const auto onMessage = [&c](const std::string& m) { c.message(m); };
        if (std::string e = lock.acquire(options.lockTimeoutSeconds, onMessage, options.hooks.cancel); !e.empty())
            return finish(out, c.cancelRequested() ? ApplyStatus::Cancelled : ApplyStatus::Refused,
                          "another apply is running; nothing was applied", e);
        if (std::string e = closeAbandonedAttempts(c); !e.empty())
            return finish(out, ApplyStatus::Failed, "the ledger could not be read; nothing was applied", e);
    }

    std::optional<LedgerEntry> previous;
    if (std::string e = c.ledger.find(script.id, previous); !e.empty())
        return finish(out, ApplyStatus::Failed, "the ledger could not be read; nothing was applied", e);
    if (previous && previous->status == LedgerStatus::Applied) {
        if (previous->checksum == script.checksum)
            return finish(out, ApplyStatus::AlreadyApplied,
                          "migration " + script.id + " is already applied (" + previous->appliedAt + " by " +
                              previous->appliedBy + "): nothing to do");
        return finish(out, ApplyStatus::Refused, "the migration changed after it was applied",
                      script.source + " changed after migration " + script.id + " was applied (" + previous->appliedAt +
                          " by " + previous->appliedBy + "): the ledger records checksum " + previous->checksum +
                          ", the file now has " + script.checksum +
                          ". Applied migrations are never edited: write a new migration for the further change");
    }
    if (std::string e = decideResume(c, previous); !e.empty())
        return finish(out, ApplyStatus::Refused, "the ledger holds an unfinished migration; nothing was applied", e);

    if (!out.breaking.empty() && !options.allowBreaking)
        return finish(out, ApplyStatus::RefusedBreaking,
                      "refused: " + std::to_string(out.breaking.size()) + " high-risk operation" +
                          (out.breaking.size() == 1 ? "" : "s") + " (--allow-breaking runs them after a backup)",
                      "high-risk operations need --allow-breaking:" + riskList(out.breaking));

    if (options.dryRun) {
        for (std::size_t i = c.startAt; i < script.statements.size(); ++i)
            out.wouldRun.push_back(static_cast<int>(i) + 1);
        return finish(out, ApplyStatus::DryRun,
                      "dry run: " + std::to_string(out.wouldRun.size()) + " statement" +
                          (out.wouldRun.size() == 1 ? "" : "s") + " would run" +
                          (out.breaking.empty() ? "" : ", after a backup of what the high-risk operations lose") +
                          "; nothing was changed");
    }

    if (std::string e = c.ledger.ensureTables(); !e.empty())
        return finish(out, ApplyStatus::Failed, "the ledger could not be created; nothing was applied", e);
    const ProcessIdentity me = currentProcess();
    c.entry = LedgerEntry{script.id,          script.checksum,   script.description(), script.source,
                          script.fromVersion, script.toVersion,  currentTimestampUtc(), {},
                          me.userAtHost(),    me.pid,            0,                    out.statementsTotal,
                          LedgerStatus::Running, {},             {}};
    if (!out.breaking.empty() && !prepareBackup(c, previous))
        return out;
    c.clock.start();
    const std::string startedAt = utcTimestampNow();
    if (std::string e = c.ledger.save(c.entry); !e.empty())
        return finish(out, ApplyStatus::Failed, "the ledger could not record the start; nothing was applied", e);

    if (connection.dialect() == Dialect::MySql)
        runJournaled(c);
    else
        runTransactional(c);
    out.durationMs = c.clock.elapsed();
    out.backup = c.entry.backup;
    out.summary = summaryOf(c);
    if (out.status == ApplyStatus::Applied)
        if (std::string e = recordSchemaTexts(connection, script.texts); !e.empty())
            c.message("applied, but " + e + ": plans against this database may list its checks and views as changed");
    RunRecord run;
    run.kind = "apply";
    run.status = out.status == ApplyStatus::Applied ? "finished" : out.status == ApplyStatus::Cancelled ? "cancelled" : "failed";
    run.startedAt = startedAt;
    run.durationMs = out.durationMs;
    run.rows = out.statementsRun;
    run.detail = script.id + ": " + out.summary;
    if (std::string e = recordFinishedRun(connection, run); !e.empty())
        c.message("the run could not be logged: " + e);
    if (std::string e = lock.release(); !e.empty())
        c.message(e);
    return out;
}

}  // namespace ss
