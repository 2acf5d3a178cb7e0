#include "app/dbx/spec_input.h"

#include "core/spec/validator.h"

namespace dbx {

bool isReadProblem(const ss::Diagnostic& d) { return d.ruleId == "io"; }

bool hasReadProblem(const std::vector<ss::Diagnostic>& diagnostics)
{
    for (const auto& d : diagnostics)
        if (isReadProblem(d))
            return true;
    return false;
}

void printDiagnostics(const std::string& file, const std::vector<ss::Diagnostic>& diagnostics, std::ostream& out)
{
    for (const auto& d : diagnostics) {
        out << ss::formatDiagnostic(file, d) << "\n";
        if (!d.hint.empty())
            out << "  hint: " << d.hint << "\n";
    }
}

ss::LoadResult loadAndValidate(const std::string& file, bool strict)
{
    ss::LoadResult result = ss::loadSchemaFile(file);
    if (result.ok()) {
        ss::ValidationOptions options;
        options.strict = strict;
        auto findings = ss::validate(result.model, options);
        if (strict)
            for (auto& d : result.diagnostics)
                if (d.severity == ss::Severity::Warning)
                    d.severity = ss::Severity::Error;
        result.diagnostics.insert(result.diagnostics.end(), findings.begin(), findings.end());
    }
    return result;
}

}  // namespace dbx
