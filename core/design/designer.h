#pragma once

#include "core/design/design_result.h"

#include <string>

namespace ss::design {

// The offline designer: reads the prompt with the knowledge base under resources/design and drafts a spec
// (or edits `base` when one is given). The draft is validated strictly; the same prompt and base always give
// the same text. An empty prompt, or one with no word the vocabulary knows, drafts nothing (ok == false).
DesignResult designOffline(const std::string& prompt, const SchemaModel* base = nullptr);

}  // namespace ss::design
