#include "core/spec/spec_check.h"

namespace ss {

namespace {

LoadResult withRuleFindings(LoadResult result, const ValidationOptions& options)
{
    if (!result.ok()) return result;
    std::vector<Diagnostic> findings = validate(result.model, options);
    if (options.strict) {
        for (Diagnostic& d : result.diagnostics) {
            if (d.severity == Severity::Warning) d.severity = Severity::Error;
        }
    }
    result.diagnostics.insert(result.diagnostics.end(), std::make_move_iterator(findings.begin()),
                              std::make_move_iterator(findings.end()));
    sortDiagnostics(result.diagnostics);
    return result;
}

}  // namespace

LoadResult checkSpecText(std::string_view text, const ValidationOptions& options)
{
    return withRuleFindings(loadSchemaYaml(text), options);
}

LoadResult checkSpecText(IncrementalSpecLoader& loader, std::string_view text, const ValidationOptions& options)
{
    return withRuleFindings(loader.load(text), options);
}

LoadResult checkSpecFile(const std::string& path, const ValidationOptions& options)
{
    return withRuleFindings(loadSchemaFile(path), options);
}

}  // namespace ss
