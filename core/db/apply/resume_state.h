#pragma once

#include "core/db/apply/apply_context.h"

#include <optional>
#include <string>

namespace ss {

// With the apply lock held, any ledger row still "running" belongs to a process that died: records what became
// of it (SQLite/PostgreSQL: rolled back by the database; MySQL: which statements the journal shows ran).
std::string closeAbandonedAttempts(ApplyContext& context);

// Decides where the migration starts, given the ledger's row for it (`previous`, not applied) and, on MySQL,
// other migrations that stopped part-way. Sets context.startAt and reports what ran before. Returns an empty
// string, or why the migration must not run: a part-applied migration whose file changed, or another one
// left part-applied (unless this migration was planned from the live schema).
std::string decideResume(ApplyContext& context, const std::optional<LedgerEntry>& previous);

}  // namespace ss
