#include "core/plan/risk/risk_rule.h"

namespace ss {

RiskRule setNotNullRule()
{
    return {"MF104", "column becomes NOT NULL", [](const Operation& op, const RiskContext&, std::vector<RiskFinding>& out) {
                if (op.kind != OpKind::AlterColumnNullability || op.after.nullable)
                    return;
                out.push_back(finding(setNotNullRule(), RiskLevel::Medium,
                                      "makes " + op.table + "." + op.after.name +
                                          " NOT NULL: fails while any row holds NULL there; fill them first"));
            }};
}

}  // namespace ss
