#include "core/plan/risk/risk_rule.h"

namespace ss {

RiskRule renameTableRule()
{
    return {"BC101", "rename table", [](const Operation& op, const RiskContext&, std::vector<RiskFinding>& out) {
                if (op.kind != OpKind::RenameTable)
                    return;
                out.push_back(finding(renameTableRule(), RiskLevel::Medium,
                                      "renames " + op.oldName + " to " + op.table +
                                          ": queries and applications using the old name break"));
            }};
}

}  // namespace ss
