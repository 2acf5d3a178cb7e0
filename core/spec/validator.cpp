#include "core/spec/validator.h"

#include "core/spec/rules/rule.h"

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
    sortDiagnostics(diagnostics);
    return diagnostics;
}

}  // namespace ss
