#include "core/llm/llm_endpoint.h"

#include "core/project/project_folder.h"

#include <cstdlib>

namespace ss {

namespace {

std::string environment(const char* name)
{
    const char* value = std::getenv(name);
    return value ? std::string(value) : std::string();
}

}  // namespace

std::string LlmEndpoint::completionsUrl() const
{
    const std::string suffix = "/chat/completions";
    std::string base = url;
    while (!base.empty() && base.back() == '/')
        base.pop_back();
    if (base.size() >= suffix.size() && base.compare(base.size() - suffix.size(), suffix.size(), suffix) == 0)
        return base;
    return base + suffix;
}

LlmEndpoint resolveLlmEndpoint(const std::string& flagUrl, const std::string& flagModel, const Project* project)
{
    LlmEndpoint endpoint;
    if (!flagUrl.empty()) {
        endpoint.url = flagUrl;
        endpoint.origin = "--llm";
    } else if (std::string url = environment("DBX_LLM_URL"); !url.empty()) {
        endpoint.url = url;
        endpoint.origin = "DBX_LLM_URL";
    } else if (project && !project->llmUrl.empty()) {
        endpoint.url = project->llmUrl;
        endpoint.origin = "dbx.yml";
    }
    if (!flagModel.empty())
        endpoint.model = flagModel;
    else if (std::string model = environment("DBX_LLM_MODEL"); !model.empty())
        endpoint.model = model;
    else if (project)
        endpoint.model = project->llmModel;
    if (const std::string timeout = environment("DBX_LLM_TIMEOUT_MS"); !timeout.empty()) {
        char* end = nullptr;
        const long ms = std::strtol(timeout.c_str(), &end, 10);
        if (end && *end == '\0' && ms > 0)
            endpoint.timeoutMs = static_cast<int>(ms);
    }
    return endpoint;
}

}  // namespace ss
