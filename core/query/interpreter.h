#pragma once

#include "core/query/query_plan.h"
#include "core/query/reading.h"

#include <optional>
#include <string_view>

namespace ss::query {

struct Interpretation {
    std::optional<QueryPlan> plan;         // none when the question is ambiguous or not understood
    std::vector<Ambiguity> ambiguities;
    std::vector<std::string> notUnderstood;  // words of the question
    std::vector<std::string> problems;       // why no query came of it ("industry (not a number)")
    std::vector<std::string> notes;          // choices made that the user should know of
};

// Settles what a reading means on a model: which table a shared phrase names (the one the measure reaches
// by the shortest many-to-one path), which role a table plays (payment date or due date: only the question's
// words decide, never a silent pick), which date a time grain or window uses, and how each table is joined.
Interpretation interpret(const Reading& reading, const SemanticModel& model, std::string_view question);

}  // namespace ss::query
