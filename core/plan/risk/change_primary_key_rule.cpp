#include "core/plan/risk/risk_rule.h"

namespace ss {

RiskRule changePrimaryKeyRule()
{
    return {"MF109", "primary key change", [](const Operation& op, const RiskContext&, std::vector<RiskFinding>& out) {
                if (op.kind != OpKind::AlterPrimaryKey)
                    return;
                out.push_back(finding(changePrimaryKeyRule(), RiskLevel::Medium,
                                      "changes the primary key of " + op.table +
                                          ": fails on repeated keys, and foreign keys to the old key must change too"));
            }};
}

}  // namespace ss
