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

struct DesignResult {
    bool ok = false;
    std::string message;  // why nothing was drafted, or what fell back to what
    SchemaModel model;
    std::string yaml;
    std::vector<Understanding> understood;
    std::vector<std::string> notUnderstood;
    std::vector<Diagnostic> diagnostics;  // strict validation of the draft
    std::string source = "offline";
};

}  // namespace ss::design
