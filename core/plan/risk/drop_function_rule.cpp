#include "core/plan/risk/risk_rule.h"

namespace ss {

RiskRule dropFunctionRule()
{
    return {"BC103", "drop function", [](const Operation& op, const RiskContext&, std::vector<RiskFinding>& out) {
                if (op.kind != OpKind::DropFunction)
                    return;
                out.push_back(finding(dropFunctionRule(), RiskLevel::Medium,
                                      "queries, views and code that call " + op.function.name + "(" +
                                          op.function.signature + ") stop working"));
            }};
}

}  // namespace ss
