#pragma once

#include "core/llm/chat_client.h"
#include "core/spec/diagnostic.h"

#include <QJsonObject>

#include <string>
#include <vector>

namespace ss::design {

// What the model is asked for: {"spec": <the DSL as JSON>, "understood": [{role, words, table, column}],
// "notUnderstood": [words]}. JSON is a subset of YAML, so the spec is read by the DSL's own loader.
QJsonObject designAnswerSchema();

// The conversation's opening: the DSL, its rules and the prompt (with the base spec's YAML for an edit).
std::vector<ChatMessage> designConversation(const std::string& prompt, const std::string& baseYaml);

// The message that asks for a repair: what was wrong with the last answer, each problem with its place.
std::string repairRequest(const std::string& problem, const std::vector<std::string>& details);

}  // namespace ss::design
