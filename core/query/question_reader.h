#pragma once

#include "core/query/phrase_index.h"
#include "core/query/reading.h"

#include <string_view>

namespace ss::query {

// Reads a question against a model's phrases: aggregations (total, average, how many, distinct, min/max),
// groupings (by, per, for each), top/bottom N, filters on values and comparisons (over, between), time
// (in 1995, monthly, last quarter), ordering. Words it cannot place are listed, never guessed.
Reading readQuestion(std::string_view question, const SemanticModel& model, const PhraseIndex& phrases);

}  // namespace ss::query
