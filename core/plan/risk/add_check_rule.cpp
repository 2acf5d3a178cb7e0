#include "core/plan/risk/risk_rule.h"

namespace ss {

RiskRule addCheckRule()
{
    return {"MF107", "check over existing data", [](const Operation& op, const RiskContext&, std::vector<RiskFinding>& out) {
                if (op.kind != OpKind::AddCheck)
                    return;
                out.push_back(finding(addCheckRule(), RiskLevel::Medium,
                                      "adds check " + op.check.name + " on existing table " + op.table +
                                          ": fails if a row breaks (" + op.check.expression + ")"));
            }};
}

}  // namespace ss
