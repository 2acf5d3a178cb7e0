#pragma once

#include "core/plan/plan.h"

#include <vector>

namespace ss {

struct RiskContext {
    const SchemaModel& current;
    const SchemaModel& target;
    const Plan& plan;
};

// One risk rule: a stable code (DS: destructive, MF: may fail on existing data, CD: constraint dropped,
// BC: backward-incompatible for readers), a title, and a check that appends findings for one operation.
struct RiskRule {
    const char* code;
    const char* title;
    void (*check)(const Operation& op, const RiskContext& context, std::vector<RiskFinding>& out);
};

// Every rule, in code order.
const std::vector<RiskRule>& riskRules();

// The rules, one per file in this folder.
RiskRule dropTableRule();
RiskRule dropColumnRule();
RiskRule dropViewRule();
RiskRule narrowingTypeRule();
RiskRule typeConversionRule();
RiskRule notNullWithoutDefaultRule();
RiskRule setNotNullRule();
RiskRule dropDefaultRule();
RiskRule addUniqueRule();
RiskRule addCheckRule();
RiskRule addForeignKeyRule();
RiskRule changePrimaryKeyRule();
RiskRule dropForeignKeyRule();
RiskRule dropUniqueRule();
RiskRule renameTableRule();
RiskRule renameColumnRule();
RiskRule replaceTypeRule();
RiskRule dropFunctionRule();

// A finding with the rule's code.
RiskFinding finding(const RiskRule& rule, RiskLevel level, std::string message);

}  // namespace ss
