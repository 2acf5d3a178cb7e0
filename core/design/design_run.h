#pragma once

#include "core/db/run_log.h"
#include "core/design/design_result.h"

#include <string>

namespace ss::design {

// The run log's record of one draft: its outcome, the tables drafted, and the model's rounds and tokens when a
// model was asked. The prompt is kept in the detail (prompts hold no secrets; keys never reach the result).
RunRecord designRun(const DesignResult& result, const std::string& prompt, const std::string& startedAt,
                    long long durationMs);

}  // namespace ss::design
