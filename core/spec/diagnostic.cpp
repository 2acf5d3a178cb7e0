#include "core/spec/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace ss {

const char* toString(Severity severity)
{
    switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "note";
    }
    return "error";
}

bool hasErrors(const std::vector<Diagnostic>& diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

bool diagnosticPrecedes(const Diagnostic& a, const Diagnostic& b)
{
    return std::tie(a.loc.line, a.loc.column, a.severity, a.ruleId, a.message, a.hint)
         < std::tie(b.loc.line, b.loc.column, b.severity, b.ruleId, b.message, b.hint);
}

void sortDiagnostics(std::vector<Diagnostic>& diagnostics)
{
    std::sort(diagnostics.begin(), diagnostics.end(), diagnosticPrecedes);
}

std::string formatDiagnostic(const std::string& file, const Diagnostic& d)
{
    std::string out = file;
    if (d.loc.known())
        out += ":" + std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column);
    out += std::string(": ") + toString(d.severity) + ": " + d.message;
    if (!d.ruleId.empty())
        out += " [" + d.ruleId + "]";
    return out;
}

}  // namespace ss
