#include "core/evolve/review.h"

#include "core/db/apply/process_identity.h"
#include "core/db/run_log.h"
#include "core/evolve/backfill.h"
#include "core/evolve/entity_sources.h"
#include "core/evolve/evolution_store.h"
#include "core/evolve/schema_change.h"
#include "core/project/current_spec.h"
#include "core/spec/validator.h"
#include "core/sql/sql_renderer.h"

#include <QElapsedTimer>

namespace ss::evolve {

namespace {

struct Step {
    DatabaseConnection& connection;
    const ReviewRequest& request;
    EvolutionStore store;
    ReviewOutcome outcome;
    std::string reviewer;

    Step(DatabaseConnection& c, const ReviewRequest& r) : connection(c), request(r), store(c)
    {
        reviewer = r.reviewer.empty() ? currentProcess().userAtHost() : r.reviewer;
    }

    void say(const std::string& message) const
    {
        if (request.onMessage)
            request.onMessage(message);
    }

    // Ends the action with an error, recorded in the history.
    ReviewOutcome& fail(const std::string& action, std::string error)
    {
        outcome.error = std::move(error);
        if (std::string e = record(action, false, request.notes); !e.empty())
            outcome.error += " (and the history could not record it: " + e + ")";
        return outcome;
    }

    // The action in the history, with what ran and how to undo it.
    std::string record(const std::string& action, bool success, const std::string& notes)
    {
        HistoryEntry entry;
        entry.proposalId = request.proposalId;
        entry.action = action;
        entry.sqlExecuted = outcome.sql;
        entry.success = success;
        entry.error = success ? std::string() : outcome.error;
        entry.executedBy = reviewer;
        entry.rollbackSql = outcome.rollbackSql;
        entry.migrationId = outcome.migrationId;
        entry.rows = outcome.rows;
        entry.notes = notes;
        return store.addHistory(entry);
    }

    std::string load(Proposal& proposal)
    {
        std::optional<Proposal> found;
        if (std::string e = store.find(request.proposalId, found); !e.empty())
            return e;
        if (!found)
            return "there is no proposal " + request.proposalId + " (dbx evolve list shows them)";
        proposal = *found;
        return {};
    }

    std::string migrate(const SchemaModel& from, const SchemaModel& to, const std::string& action, bool allowBreaking,
                        std::string& sql, std::string& migrationId)
    {
        const SchemaChangeRun run =
            runSchemaChange(connection, from, to, action, request.proposalId, allowBreaking, [this](const std::string& m) { say(m); });
        sql = run.sql;
        migrationId = run.migrationId;
        if (!run.backup.empty())
            outcome.backup = run.backup;
        return run.error;
    }
};

}  // namespace

namespace {

ReviewOutcome approve(DatabaseConnection& connection, const ReviewRequest& request)
{
    Step step(connection, request);
    Proposal& p = step.outcome.proposal;
    if (std::string e = step.load(p); !e.empty()) {
        step.outcome.error = e;
        return step.outcome;
    }
    if (p.status == ProposalStatus::Implemented || p.status == ProposalStatus::Rejected)
        return step.fail("approve", "the proposal " + p.id + " is " + toString(p.status)
                                        + ": only pending, failed or rolled back proposals are approved");
    for (const std::string& dependency : p.dependsOn) {
        std::optional<Proposal> d;
        if (std::string e = step.store.find(dependency, d); !e.empty())
            return step.fail("approve", e);
        if (d && d->status != ProposalStatus::Implemented)
            return step.fail("approve", "approve " + dependency + " first: this proposal builds on it");
    }
    SchemaModel base;
    if (std::string e = projectSchema(connection, request.currentSpecPath, base); !e.empty())
        return step.fail("approve", e);
    SchemaModel target = base;
    if (std::string e = addChange(target, p.change); !e.empty())
        return step.fail("approve", e);
    const std::vector<Diagnostic> diagnostics = validate(target);
    for (const Diagnostic& d : diagnostics)
        if (d.severity == Severity::Error)
            return step.fail("approve", "the schema with this change is not valid: " + d.message);

    step.say("applying " + p.title);
    step.outcome.rollbackSql = planSql(target, base, connection.dialect());
    if (std::string e = step.migrate(base, target, "approve", false, step.outcome.sql, step.outcome.migrationId); !e.empty()) {
        p.status = ProposalStatus::Failed;
        step.store.saveProposal(p);
        return step.fail("approve", e);
    }

    // From here the database holds the change: any failure takes it out again.
    const auto compensate = [&](std::string error) -> ReviewOutcome& {
        step.say("undoing the change: " + error);
        std::string undoSql, undoId;
        if (std::string e = step.migrate(target, base, "undo", true, undoSql, undoId); !e.empty())
            error += "; undoing the change failed too, the database holds it while current.yml does not: " + e;
        p.status = ProposalStatus::Failed;
        if (std::string e = step.store.saveProposal(p); !e.empty())
            error += " (the proposal's status could not be saved: " + e + ")";
        return step.fail("approve", error);
    };
    if (p.backfill.kind != BackfillRecipe::Kind::None) {
        step.say("filling " + p.backfill.table + " from the entities");
        const BackfillResult filled = runBackfill(connection, p.backfill, entitySourcesFromJson(p.sources), target, request.cancel);
        if (filled.cancelled)
            return compensate("cancelled while filling " + p.backfill.table);
        if (!filled.ok())
            return compensate(filled.error);
        step.outcome.rows = filled.rows;
    }
    if (request.cancel && request.cancel->load())
        return compensate("cancelled");
    if (!request.currentSpecPath.empty())
        if (std::string e = recordAppliedSpec(target, request.currentSpecPath, request.currentSpecPath); !e.empty())
            return compensate("current.yml could not be written: " + e);

    p.status = ProposalStatus::Implemented;
    p.reviewedBy = step.reviewer;
    p.reviewNotes = request.notes;
    p.implementedAt = utcTimestampNow();
    std::string storeError = step.store.saveProposal(p);
    const auto renderer = makeRenderer(connection.dialect());
    for (const Table& table : p.change.tables) {
        DynamicTable registered;
        registered.tableName = table.name;
        registered.proposalId = p.id;
        registered.schema = renderer->createTableStatement(table, {});
        registered.rows = table.name == p.backfill.table ? step.outcome.rows : 0;
        if (std::string e = step.store.registerTable(registered); !e.empty() && storeError.empty())
            storeError = e;
    }
    if (std::string e = step.record("approve", true, request.notes); !e.empty() && storeError.empty())
        storeError = e;
    if (!storeError.empty())
        step.outcome.error = "the change is applied and current.yml records it, but the review tables were not updated: " + storeError;
    return step.outcome;
}

}  // namespace

ReviewOutcome rejectProposal(DatabaseConnection& connection, const ReviewRequest& request)
{
    Step step(connection, request);
    Proposal& p = step.outcome.proposal;
    if (std::string e = step.load(p); !e.empty()) {
        step.outcome.error = e;
        return step.outcome;
    }
    if (p.status != ProposalStatus::Pending && p.status != ProposalStatus::Failed)
        return step.fail("reject", "the proposal " + p.id + " is " + toString(p.status) + ": only pending proposals are rejected");
    p.status = ProposalStatus::Rejected;
    p.reviewedBy = step.reviewer;
    p.reviewNotes = request.notes;
    if (std::string e = step.store.saveProposal(p); !e.empty())
        return step.fail("reject", e);
    if (std::string e = step.record("reject", true, request.notes); !e.empty())
        step.outcome.error = "rejected, but the history could not record it: " + e;
    return step.outcome;
}

namespace {

ReviewOutcome rollback(DatabaseConnection& connection, const ReviewRequest& request)
{
    Step step(connection, request);
    Proposal& p = step.outcome.proposal;
    if (std::string e = step.load(p); !e.empty()) {
        step.outcome.error = e;
        return step.outcome;
    }
    if (p.status != ProposalStatus::Implemented)
        return step.fail("rollback", "the proposal " + p.id + " is " + toString(p.status) + ": only implemented proposals roll back");
    std::vector<Proposal> implemented;
    if (std::string e = step.store.proposals(implemented, ProposalStatus::Implemented); !e.empty())
        return step.fail("rollback", e);
    for (const Proposal& other : implemented)
        for (const std::string& d : other.dependsOn)
            if (d == p.id)
                return step.fail("rollback", "roll back " + other.id + " first: it builds on this proposal");
    SchemaModel base;
    if (std::string e = projectSchema(connection, request.currentSpecPath, base); !e.empty())
        return step.fail("rollback", e);
    SchemaModel target = base;
    removeChange(target, p.change);
    step.say("rolling back " + p.title);
    step.outcome.rollbackSql = planSql(target, base, connection.dialect());
    if (std::string e = step.migrate(base, target, "rollback", true, step.outcome.sql, step.outcome.migrationId); !e.empty())
        return step.fail("rollback", e);
    if (!request.currentSpecPath.empty())
        if (std::string e = recordAppliedSpec(target, request.currentSpecPath, request.currentSpecPath); !e.empty()) {
            std::string redoSql, redoId;
            if (std::string r = step.migrate(target, base, "redo", false, redoSql, redoId); !r.empty())
                e += "; re-applying the change failed too: " + r;
            return step.fail("rollback", "current.yml could not be written: " + e);
        }
    p.status = ProposalStatus::RolledBack;
    p.reviewedBy = step.reviewer;
    p.reviewNotes = request.notes;
    std::string storeError = step.store.saveProposal(p);
    if (std::string e = step.store.setTablesActive(p.id, false); !e.empty() && storeError.empty())
        storeError = e;
    const std::string notes =
        request.notes + (step.outcome.backup.empty() ? "" : (request.notes.empty() ? "" : "; ") + ("backup: " + step.outcome.backup));
    if (std::string e = step.record("rollback", true, notes); !e.empty() && storeError.empty())
        storeError = e;
    if (!storeError.empty())
        step.outcome.error = "rolled back, but the review tables were not updated: " + storeError;
    return step.outcome;
}

// The run of a review step in the run log (dbx_runs), however it was asked for: the CLI, the page or the service.
ReviewOutcome logged(DatabaseConnection& connection, const ReviewRequest& request, const char* action,
                     ReviewOutcome (*step)(DatabaseConnection&, const ReviewRequest&))
{
    RunRecord run;
    run.kind = "evolve";
    run.phase = action;
    run.startedAt = utcTimestampNow();
    QElapsedTimer timer;
    timer.start();
    ReviewOutcome outcome = step(connection, request);
    run.finishedAt = utcTimestampNow();
    run.durationMs = timer.elapsed();
    run.status = outcome.ok() ? "finished" : "failed";
    run.rows = outcome.rows;
    run.detail = request.proposalId + (outcome.ok() ? "" : ": " + outcome.error);
    if (std::string e = recordFinishedRun(connection, run); !e.empty() && outcome.ok())
        outcome.error = "done, but the run log did not record it: " + e;
    return outcome;
}

}  // namespace

ReviewOutcome approveProposal(DatabaseConnection& connection, const ReviewRequest& request)
{
    return logged(connection, request, "approve", &approve);
}

ReviewOutcome rollbackProposal(DatabaseConnection& connection, const ReviewRequest& request)
{
    return logged(connection, request, "rollback", &rollback);
}

}  // namespace ss::evolve
