#pragma once

#include <string>

namespace ss {

struct Project;

// An OpenAI-compatible chat-completions endpoint (Ollama, llama.cpp's server, vLLM, OpenAI). The key is looked
// up when a request is made and is never part of what this struct prints or records.
struct LlmEndpoint {
    std::string url;     // the base URL ("http://localhost:11434/v1") or the full .../chat/completions URL
    std::string model;
    std::string origin;  // where url and model came from: "--llm", "DBX_LLM_URL", "dbx.yml"
    int timeoutMs = 60000;

    bool configured() const { return !url.empty(); }
    std::string completionsUrl() const;
};

// The endpoint to use, first match wins: the flags, then $DBX_LLM_URL / $DBX_LLM_MODEL, then the project's
// dbx.yml (llm: {url, model}). An empty url means none is configured: work offline. $DBX_LLM_TIMEOUT_MS
// overrides the timeout.
LlmEndpoint resolveLlmEndpoint(const std::string& flagUrl, const std::string& flagModel, const Project* project);

}  // namespace ss
