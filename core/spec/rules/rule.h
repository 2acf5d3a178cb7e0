#pragma once

#include "core/spec/diagnostic.h"
#include "core/spec/rules/schema_index.h"

#include <string>
#include <string_view>
#include <vector>

namespace ss::rules {

struct Rule;

// Collects what one rule finds, stamping every diagnostic with the rule's id and, unless the finding says
// otherwise, its severity, so a rule cannot report under a wrong id.
class Findings {
public:
    Findings(const Rule& rule, std::vector<Diagnostic>& out) : rule_(rule), out_(out) {}

    void report(SourceLocation loc, std::string message, std::string hint = {});
    void report(Severity severity, SourceLocation loc, std::string message, std::string hint = {});

    // A "did you mean" costs a scan of every candidate name, so a hostile spec with thousands of broken
    // references gets suggestions for its first findings only and still validates in linear time.
    bool wantsSuggestion() const { return reported_ < kSuggestionBudget; }

private:
    static constexpr std::size_t kSuggestionBudget = 16;
    const Rule& rule_;
    std::vector<Diagnostic>& out_;
    std::size_t reported_ = 0;
};

// One named validation rule (DESIGN.md §9): a stable kebab-case id, the severity of its findings, a one-line
// summary for listings, and the check itself.
struct Rule {
    const char* id;
    Severity severity;
    const char* summary;
    void (*check)(const SchemaIndex& schema, Findings& findings);
};

// Every rule, in the order they run.
const std::vector<Rule>& allRules();
const Rule* findRule(std::string_view id);

// The rules, one per file in this folder.
extern const Rule kDuplicateName;
extern const Rule kInvalidName;
extern const Rule kNaming;
extern const Rule kReservedWord;
extern const Rule kMissingPrimaryKey;
extern const Rule kMissingColumn;
extern const Rule kFkMissingTarget;
extern const Rule kFkColumnCount;
extern const Rule kFkTypeMismatch;
extern const Rule kFkTargetNotUnique;
extern const Rule kFkCycle;
extern const Rule kPartitionKey;
extern const Rule kFactGrain;
extern const Rule kFactWithoutDimension;
extern const Rule kDimensionSurrogateKey;
extern const Rule kMeasureNotNumeric;
extern const Rule kViewDependency;
extern const Rule kNativeType;
extern const Rule kTypeName;
extern const Rule kEnumValues;
extern const Rule kFunctionDefinition;

}  // namespace ss::rules
