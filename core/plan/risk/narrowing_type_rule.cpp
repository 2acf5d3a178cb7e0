#include "core/plan/risk/risk_rule.h"
#include "core/plan/risk/type_change.h"

namespace ss {

RiskRule narrowingTypeRule()
{
    return {"MF101", "narrowing type", [](const Operation& op, const RiskContext&, std::vector<RiskFinding>& out) {
                if (op.kind != OpKind::AlterColumnType ||
                    classifyTypeChange(op.before.type, op.after.type) != TypeChange::Narrowing)
                    return;
                out.push_back(finding(narrowingTypeRule(), RiskLevel::High,
                                      "narrows " + op.table + "." + op.after.name + " from " + op.before.type.toString() +
                                          " to " + op.after.type.toString() +
                                          ": values that do not fit are truncated, rounded or make the change fail"));
            }};
}

}  // namespace ss
