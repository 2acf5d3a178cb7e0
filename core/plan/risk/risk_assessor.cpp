#include "core/plan/risk/risk_assessor.h"

#include "core/plan/risk/risk_rule.h"

namespace ss {

const std::vector<RiskRule>& riskRules()
{
    static const std::vector<RiskRule> rules = {
        dropTableRule(),        dropColumnRule(),      dropViewRule(),
        narrowingTypeRule(),    typeConversionRule(),  notNullWithoutDefaultRule(),
        setNotNullRule(),       dropDefaultRule(),     addUniqueRule(),
        addCheckRule(),         addForeignKeyRule(),   changePrimaryKeyRule(),
        dropForeignKeyRule(),   dropUniqueRule(),      renameTableRule(),
        renameColumnRule(),     replaceTypeRule(),     dropFunctionRule(),
    };
    return rules;
}

RiskFinding finding(const RiskRule& rule, RiskLevel level, std::string message)
{
    return RiskFinding{rule.code, level, std::move(message)};
}

void assessRisks(Plan& plan, const SchemaModel& current, const SchemaModel& target)
{
    const RiskContext context{current, target, plan};
    for (auto& op : plan.operations) {
        std::vector<RiskFinding> findings;
        for (const auto& rule : riskRules())
            rule.check(op, context, findings);
        op.risks = std::move(findings);
    }
}

}  // namespace ss
