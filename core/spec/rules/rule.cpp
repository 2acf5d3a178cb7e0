#include "core/spec/rules/rule.h"

namespace ss::rules {

void Findings::report(SourceLocation loc, std::string message, std::string hint)
{
    report(rule_.severity, loc, std::move(message), std::move(hint));
}

void Findings::report(Severity severity, SourceLocation loc, std::string message, std::string hint)
{
    out_.push_back(Diagnostic{severity, rule_.id, std::move(message), loc, std::move(hint)});
    ++reported_;
}

const std::vector<Rule>& allRules()
{
    static const std::vector<Rule> rules = {
        kDuplicateName,   kInvalidName,     kNaming,           kReservedWord,         kMissingPrimaryKey,
        kMissingColumn,   kFkMissingTarget, kFkColumnCount,    kFkTypeMismatch,       kFkTargetNotUnique,
        kFkCycle,         kPartitionKey,    kFactGrain,        kFactWithoutDimension, kDimensionSurrogateKey,
        kMeasureNotNumeric, kViewDependency, kNativeType,    kTypeName,             kEnumValues,
        kFunctionDefinition,
    };
    return rules;
}

const Rule* findRule(std::string_view id)
{
    for (const Rule& rule : allRules())
        if (id == rule.id)
            return &rule;
    return nullptr;
}

}  // namespace ss::rules
