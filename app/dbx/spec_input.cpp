#include "app/dbx/spec_input.h"


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


}  // namespace dbx
