#pragma once

#include "core/evolve/proposal.h"
#include "core/sql/dialect.h"

#include <vector>

namespace ss::evolve {

// Fills a proposal's SQL preview and impact: the plan from `current` (with the changes of the pending
// proposals it depends on, which would be approved first) to `current` with its change, rendered by the
// dialect's renderer. A change that does not fit the schema says so in the impact instead.
void previewProposal(Proposal& proposal, const SchemaModel& current, const std::vector<Proposal>& all, Dialect dialect);

}  // namespace ss::evolve
