#include "core/plan/risk/risk_rule.h"

namespace ss {

RiskRule dropUniqueRule()
{
    return {"CD102", "drop unique", [](const Operation& op, const RiskContext& context, std::vector<RiskFinding>& out) {
                const bool uniqueIndex = op.kind == OpKind::DropIndex && op.index.unique;
                if (!uniqueIndex && op.kind != OpKind::DropUnique)
                    return;
                const std::string& name = uniqueIndex ? op.index.name : op.unique.name;
                for (const auto& other : context.plan.operations) {
                    const bool readded = (other.kind == OpKind::AddUnique && equalsIgnoreCase(other.unique.name, name)) ||
                                         (other.kind == OpKind::AddIndex && other.index.unique &&
                                          equalsIgnoreCase(other.index.name, name));
                    if (readded)
                        return;
                }
                out.push_back(finding(dropUniqueRule(), RiskLevel::Medium,
                                      "drops unique " + name + " on " + op.table + ": duplicates become possible"));
            }};
}

}  // namespace ss
