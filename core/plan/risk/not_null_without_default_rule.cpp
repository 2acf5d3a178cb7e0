#include "core/plan/risk/risk_rule.h"

namespace ss {

RiskRule notNullWithoutDefaultRule()
{
    return {"MF103", "NOT NULL column without default",
            [](const Operation& op, const RiskContext&, std::vector<RiskFinding>& out) {
                if (op.kind != OpKind::AddColumn || op.after.nullable || op.after.defaultValue || op.after.identity)
                    return;
                out.push_back(finding(notNullWithoutDefaultRule(), RiskLevel::High,
                                      "adds NOT NULL column " + op.table + "." + op.after.name +
                                          " without a default: fails if the table has rows; give it a default or "
                                          "make it nullable first"));
            }};
}

}  // namespace ss
