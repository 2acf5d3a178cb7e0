#pragma once

#include "core/db/database_connection.h"
#include "core/db/snapshot_cache.h"
#include "core/llm/llm_endpoint.h"
#include "core/query/interpreter.h"
#include "core/query/phrase_index.h"
#include "core/query/read_only_runner.h"
#include "core/query/semantic_model.h"

#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace ss::query {

enum class AnswerStatus { Answered, Partial, Ambiguous, NotUnderstood, Refused, Failed };

const char* toString(AnswerStatus status);  // "answered", "partial", "ambiguous", "not_understood", "refused", "failed"

struct AskOptions {
    int rowCap = 10000;
    int timeoutMs = 30000;
    bool execute = true;  // false: the SQL and its interpretation only
    const std::atomic<bool>* cancel = nullptr;
    // An optional chat-completions endpoint, asked only for a question the offline reader could not read
    // whole; its structured answer is checked like the reader's, its SQL never run.
    LlmEndpoint llm;
};

struct Answer {
    std::string question;
    AnswerStatus status = AnswerStatus::NotUnderstood;
    std::string message;                  // refusals and failures: what happened, for the user
    std::optional<QueryPlan> plan;
    std::optional<BuiltQuery> query;
    std::vector<Ambiguity> ambiguities;
    std::vector<std::string> notUnderstood;
    std::vector<std::string> notes;
    ResultRows result;
    bool executed = false;
    long long elapsedMs = 0;
    std::string model;  // the language model whose reading was used, when one was
    int tokensIn = 0;
    int tokensOut = 0;
};

// Questions in plain words against one database: read, interpreted on its semantic model, written as one
// SELECT in its dialect and run read-only. Keep one per database (the model and its phrases are built once).
class Explorer {
public:
    Explorer(SemanticModel model, Dialect dialect);

    const SemanticModel& model() const { return m_model; }
    Dialect dialect() const { return m_dialect; }

    // `connection` may be null with execute off and no relative time window (then "last quarter" counts back
    // from today, and a note says so).
    Answer ask(const std::string& question, DatabaseConnection* connection, const AskOptions& options = {}) const;

    // Questions this database can answer as they are worded (an ambiguous candidate is replaced by its
    // first settled alternative), about `topic` when it is not empty; at most `limit`.
    std::vector<std::string> suggest(const std::string& topic, int limit) const;

private:
    SemanticModel m_model;
    Dialect m_dialect;
    PhraseIndex m_phrases;
};

// The semantic model of a live database: its inspected schema (with a spec's descriptions and measures laid
// over it when given), the values of its categories, and the joins it does not declare. Errors name what
// failed.
struct LoadedModel {
    SemanticModel model;
    std::string error;
    std::vector<std::string> notes;  // inferred joins and the like
};
LoadedModel loadSemanticModel(DatabaseConnection& connection, const SchemaModel* spec = nullptr, const std::string& semanticFile = {},
                              SnapshotCache* cache = nullptr);

}  // namespace ss::query
