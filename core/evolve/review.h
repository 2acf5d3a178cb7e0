#pragma once

#include "core/db/database_connection.h"
#include "core/evolve/proposal.h"

#include <atomic>
#include <functional>
#include <string>

namespace ss::evolve {

// Who reviews, where the project's schema is, and how to follow and stop the work.
struct ReviewRequest {
    std::string proposalId;
    std::string reviewer;           // empty: the OS user@host
    std::string notes;
    std::string currentSpecPath;    // the project's schema_specs/current.yml
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(const std::string&)> onMessage;  // each step, for a log or a progress line
};

struct ReviewOutcome {
    std::string error;  // empty when the action was carried out
    Proposal proposal;  // as it stands afterwards
    std::string migrationId;
    std::string sql;    // what ran
    std::string rollbackSql;
    std::string backup;
    long long rows = 0;  // rows backfilled

    bool ok() const { return error.empty(); }
};

// Approve: the proposal's change joins the project's schema. It is planned from current.yml (which must match
// the database: drift is refused) and applied through the apply engine and its ledger, risk gate included;
// then the new table is filled from the entities and current.yml is rewritten (atomically). A failure or a
// cancel after the apply runs a compensating migration, so the database, current.yml and the history agree;
// the proposal is then "failed" and may be approved again. Its dependencies must be implemented first.
ReviewOutcome approveProposal(DatabaseConnection& connection, const ReviewRequest& request);

// Reject a pending (or failed) proposal, with the reviewer's notes. Nothing in the schema changes.
ReviewOutcome rejectProposal(DatabaseConnection& connection, const ReviewRequest& request);

// Roll back an implemented proposal: a compensating migration through the ledger (a backup of what it drops is
// taken first), current.yml without the change, the registry entry made inactive. Refused while an implemented
// proposal depends on it.
ReviewOutcome rollbackProposal(DatabaseConnection& connection, const ReviewRequest& request);

}  // namespace ss::evolve
