#include "core/plan/risk/risk_rule.h"

namespace ss {

RiskRule dropDefaultRule()
{
    return {"MF105", "default dropped from NOT NULL column",
            [](const Operation& op, const RiskContext&, std::vector<RiskFinding>& out) {
                if (op.kind != OpKind::AlterColumnDefault || !op.before.defaultValue || op.after.defaultValue ||
                    op.after.nullable)
                    return;
                out.push_back(finding(dropDefaultRule(), RiskLevel::High,
                                      "drops the default of NOT NULL column " + op.table + "." + op.after.name +
                                          ": inserts that leave it out start failing"));
            }};
}

}  // namespace ss
