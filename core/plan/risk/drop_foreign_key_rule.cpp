#include "core/plan/risk/risk_rule.h"

namespace ss {

RiskRule dropForeignKeyRule()
{
    return {"CD101", "drop foreign key", [](const Operation& op, const RiskContext& context, std::vector<RiskFinding>& out) {
                if (op.kind != OpKind::DropForeignKey || op.onDroppedTable)
                    return;
                // A foreign key dropped only to be added again with a new definition leaves integrity enforced.
                for (const auto& other : context.plan.operations)
                    if (other.kind == OpKind::AddForeignKey && equalsIgnoreCase(other.foreignKey.name, op.foreignKey.name))
                        return;
                out.push_back(finding(dropForeignKeyRule(), RiskLevel::Medium,
                                      "drops foreign key " + op.foreignKey.name + ": " + op.table +
                                          " rows may then point at " + op.foreignKey.refTable + " rows that do not exist"));
            }};
}

}  // namespace ss
