#include "app/dbx/spec_input.h"

#include <algorithm>
#include <ostream>

namespace dbx {

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
