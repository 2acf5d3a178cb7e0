#include "core/plan/risk/risk_rule.h"

namespace ss {

RiskRule addUniqueRule()
{
    return {"MF106", "uniqueness over existing data", [](const Operation& op, const RiskContext&, std::vector<RiskFinding>& out) {
                const bool uniqueIndex = op.kind == OpKind::AddIndex && op.index.unique && !op.onNewTable;
                if (!uniqueIndex && op.kind != OpKind::AddUnique)
                    return;
                const std::string& name = uniqueIndex ? op.index.name : op.unique.name;
                out.push_back(finding(addUniqueRule(), RiskLevel::Medium,
                                      "adds unique " + name + " on existing table " + op.table +
                                          ": fails if rows already repeat those values"));
            }};
}

}  // namespace ss
