#pragma once

#include "core/llm/llm_endpoint.h"

#include <QJsonObject>

#include <atomic>
#include <string>
#include <vector>

namespace ss {

struct ChatMessage {
    std::string role;  // system, user, assistant
    std::string content;
};

struct ChatReply {
    bool ok = false;
    std::string content;    // the first choice's message
    std::string error;      // what went wrong, naming the endpoint (never the key)
    bool timedOut = false;
    bool cancelled = false;
    int tokensIn = 0;       // the server's usage figures, 0 when it sends none
    int tokensOut = 0;
    long long elapsedMs = 0;
};

// One chat-completions request, answered synchronously (a local event loop on the calling thread, which needs a
// QCoreApplication or a QThread of its own). `jsonSchema`, when not empty, asks for an answer in that shape
// (response_format json_schema); a server that refuses the field is asked again for a plain JSON object.
// The API key comes from findLlmKey for the endpoint's host and port.
ChatReply requestChatCompletion(const LlmEndpoint& endpoint, const std::vector<ChatMessage>& messages,
                                const QJsonObject& jsonSchema, const std::atomic<bool>* cancel = nullptr);

}  // namespace ss
