#include "core/plan/risk/risk_rule.h"

namespace ss {

RiskRule renameColumnRule()
{
    return {"BC102", "rename column", [](const Operation& op, const RiskContext&, std::vector<RiskFinding>& out) {
                if (op.kind != OpKind::RenameColumn)
                    return;
                out.push_back(finding(renameColumnRule(), RiskLevel::Medium,
                                      "renames " + op.table + "." + op.before.name + " to " + op.after.name +
                                          ": queries and applications using the old name break"));
            }};
}

}  // namespace ss
