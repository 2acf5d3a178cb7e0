#pragma once

#include "core/design/design_result.h"
#include "core/llm/llm_endpoint.h"

#include <atomic>
#include <string>

namespace ss::design {

constexpr int kMaxRepairRounds = 3;

// Drafts with a chat-completions model: the answer is read as the DSL, validated strictly and, when it is not
// valid JSON, not a valid spec, or drops tables of the base the prompt did not name, sent back with the problems
// for up to kMaxRepairRounds repairs. Returns ok == false (with llm usage and the reason in message) when the
// model never gave a usable draft; the caller decides what to fall back to.
DesignResult designWithModel(const std::string& prompt, const SchemaModel* base, const LlmEndpoint& endpoint,
                             const std::atomic<bool>* cancel = nullptr);

}  // namespace ss::design
