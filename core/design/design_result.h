#pragma once

#include "core/spec/diagnostic.h"
#include "core/spec/schema_model.h"

#include <string>
#include <vector>

namespace ss::design {

// One thing the designer understood: its role (fact, dimension, measure, flag, date, table, link, column,
// rename), the prompt's words that produced it, and the table (and column) it became.
struct Understanding {
    std::string role;
    std::string words;
    std::string table;
    std::string column;
};

// What a model-backed draft cost: recorded with the run.
struct LlmUsage {
    std::string model;
    int rounds = 0;       // requests sent: the first answer and its repairs
    int tokensIn = 0;
    int tokensOut = 0;
    long long elapsedMs = 0;
};

struct DesignResult {
    bool ok = false;
    std::string message;  // why nothing was drafted, or what fell back to what
    SchemaModel model;
    std::string yaml;
    std::vector<Understanding> understood;
    std::vector<std::string> notUnderstood;
    std::vector<Diagnostic> diagnostics;  // strict validation of the draft
    std::string source = "offline";  // offline, model, or offline-fallback (the model gave nothing usable)
    LlmUsage llm;                     // rounds == 0 when no model was asked
    bool cancelled = false;
};

}  // namespace ss::design
