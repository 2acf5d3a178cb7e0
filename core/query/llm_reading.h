#pragma once

#include "core/llm/llm_endpoint.h"
#include "core/query/reading.h"
#include "core/query/semantic_model.h"

#include <QJsonObject>

#include <atomic>
#include <optional>
#include <string>

namespace ss::query {

// What a language model made of a question: a structured query (measures, groups, filters, time window,
// limit) naming tables and columns, never SQL. It becomes a Reading like the offline reader's, so that the same
// interpreter checks every name, join, role and type; a name the model invents is refused.
struct ModelReading {
    std::optional<Reading> reading;
    std::string error;  // why the model's answer was not used
    std::string model;
    int tokensIn = 0;
    int tokensOut = 0;
};

// The JSON schema the model is asked to answer in.
QJsonObject structuredQuerySchema();

// The model's JSON as a Reading on `model`; `error` says what in it does not exist or does not fit.
std::optional<Reading> readingFromStructuredQuery(const QJsonObject& query, const SemanticModel& model, std::string& error);

// Asks the endpoint for the structured query of `question`, with the part of the schema the question touches.
ModelReading readWithModel(const std::string& question, const SemanticModel& model, const LlmEndpoint& endpoint,
                           const std::atomic<bool>* cancel = nullptr);

}  // namespace ss::query
