#include "core/plan/risk/risk_rule.h"

namespace ss {

RiskRule dropViewRule()
{
    return {"DS103", "drop view", [](const Operation& op, const RiskContext&, std::vector<RiskFinding>& out) {
                if (op.kind != OpKind::DropView || op.dependencyRebuild)
                    return;
                out.push_back(finding(dropViewRule(), RiskLevel::Medium,
                                      "queries and reports that read view " + op.table + " stop working"));
            }};
}

}  // namespace ss
