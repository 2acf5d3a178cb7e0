#include "service/redaction.h"

#include "core/db/connection_url.h"

#include <regex>

namespace ss::service {

std::string redactSecrets(std::string_view text)
{
    // redactedUrl handles one URL; messages can hold several, and key=value pairs outside a URL.
    static const std::regex userinfo(R"(([a-zA-Z][a-zA-Z0-9+.-]*://[^:/@\s]*):[^@\s]*@)");
    static const std::regex pairs(R"(((?:password|passwd|pwd|token|api_key|apikey)\s*[=:]\s*)[^\s&;,'"]+)", std::regex::icase);
    static const std::regex bearer(R"((Bearer\s+)[A-Za-z0-9._~+/=-]+)");
    std::string out = std::regex_replace(std::string(text), userinfo, "$1:***@");
    out = std::regex_replace(out, pairs, "$1***");
    return std::regex_replace(out, bearer, "$1***");
}

}  // namespace ss::service
