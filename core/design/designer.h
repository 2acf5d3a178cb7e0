#pragma once

#include "core/design/design_result.h"
#include "core/llm/llm_endpoint.h"

#include <atomic>

#include <string>

namespace ss::design {

// The offline designer: reads the prompt with the knowledge base under resources/design and drafts a spec
// (or edits `base` when one is given). The draft is validated strictly; the same prompt and base always give
// the same text. An empty prompt, or one with no word the vocabulary knows, drafts nothing (ok == false).
DesignResult designOffline(const std::string& prompt, const SchemaModel* base = nullptr);

struct DesignOptions {
    LlmEndpoint endpoint;                       // not configured: offline
    bool offline = false;                       // use the offline designer even when an endpoint is configured
    const std::atomic<bool>* cancel = nullptr;
};

// The designer the user gets: the model when one is configured (and the prompt is not empty), else offline.
// When the model is down, times out or never gives a valid draft, the offline designer drafts instead and the
// message says why (source "offline-fallback"). A cancel returns at once with nothing drafted.
DesignResult design(const std::string& prompt, const SchemaModel* base, const DesignOptions& options);

}  // namespace ss::design
