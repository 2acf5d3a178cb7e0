#include "core/plan/risk/risk_rule.h"

namespace ss {

RiskRule dropTableRule()
{
    return {"DS101", "drop table", [](const Operation& op, const RiskContext&, std::vector<RiskFinding>& out) {
                if (op.kind != OpKind::DropTable)
                    return;
                out.push_back(finding(dropTableRule(), RiskLevel::High,
                                      "drops table " + op.table + " with every row in it (" +
                                          std::to_string(op.tableDef.columns.size()) +
                                          " columns); if it was renamed, write renamed_from: " + op.table +
                                          " on its new definition"));
            }};
}

}  // namespace ss
