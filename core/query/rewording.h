#pragma once

#include "core/query/query_plan.h"
#include "core/query/semantic_model.h"

#include <string>

namespace ss::query {

// The question a plan answers, in words Explore reads back to the same plan: what the Explore page asks when
// the user changes a chip of the interpretation (the measure, a grouping, the time window) rather than the
// words. Names that more than one table shares are said with their table ("company region").
std::string rewordPlan(const QueryPlan& plan, const SemanticModel& model);

// A column as a question names it unambiguously: its name as written, with its table's words before it when
// another table has a column of the same words.
std::string spokenField(const SemanticModel& model, int field);

}  // namespace ss::query
