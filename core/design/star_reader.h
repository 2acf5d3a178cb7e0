#pragma once

#include "core/design/draft_builder.h"
#include "core/design/phrases.h"

#include <vector>

namespace ss::design {

// Reads a dimensional request: subjects become facts, "by/per/for each" phrases dimensions, "measuring/with"
// phrases measures, "counting" counts, "flagging" flags, time words the date dimension and the grain.
// Words it did not use go to the result's notUnderstood.
void readStar(const std::vector<Phrase>& phrases, DraftBuilder& builder, DesignResult& result);

}  // namespace ss::design
