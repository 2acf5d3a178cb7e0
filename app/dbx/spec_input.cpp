#include "app/dbx/spec_input.h"

#include "core/spec/validator.h"

#include <algorithm>
#include <ostream>

namespace dbx {

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

bool hasReadProblem(const std::vector<ss::Diagnostic>& diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(), [](const ss::Diagnostic& d) { return d.ruleId == "io"; });
}

void printHuman(const std::string& file, const std::vector<ss::Diagnostic>& diagnostics, std::ostream& out)
{
    for (const auto& d : diagnostics) {
        out << ss::formatDiagnostic(file, d) << "\n";
        if (!d.hint.empty())
            out << "  hint: " << d.hint << "\n";
    }
}

}  // namespace dbx
