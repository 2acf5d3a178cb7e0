#include "core/spec/validator.h"

#include "core/spec/rules/rule.h"

#include <algorithm>

namespace ss {

std::vector<Diagnostic> validate(const SchemaModel& model, const ValidationOptions& options)
{
    const rules::SchemaIndex schema(model);
    std::vector<Diagnostic> diagnostics;
    for (const rules::Rule& rule : rules::allRules()) {
        rules::Findings findings(rule, diagnostics);
        rule.check(schema, findings);
    }
    if (options.strict)
        for (Diagnostic& d : diagnostics)
            if (d.severity == Severity::Warning)
                d.severity = Severity::Error;
    // Stable, so findings at one place keep the order of the rules that made them.
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.loc.line != b.loc.line ? a.loc.line < b.loc.line : a.loc.column < b.loc.column;
    });
    return diagnostics;
}

}  // namespace ss
