#include "core/plan/risk/risk_rule.h"

namespace ss {

namespace {

// A column of the same type added to the same table in the same plan is most likely the dropped one renamed.
const Operation* likelyRenameOf(const Operation& drop, const Plan& plan)
{
    for (const auto& op : plan.operations)
        if (op.kind == OpKind::AddColumn && equalsIgnoreCase(op.table, drop.table) && op.after.type == drop.before.type)
            return &op;
    return nullptr;
}

}  // namespace

RiskRule dropColumnRule()
{
    return {"DS102", "drop column", [](const Operation& op, const RiskContext& context, std::vector<RiskFinding>& out) {
                if (op.kind != OpKind::DropColumn)
                    return;
                std::string message = "drops column " + op.table + "." + op.before.name + " and the data it holds";
                if (const Operation* add = likelyRenameOf(op, context.plan))
                    message += "; if it was renamed to " + add->after.name + ", write renamed_from: " + op.before.name +
                               " on that column";
                out.push_back(finding(dropColumnRule(), RiskLevel::High, std::move(message)));
            }};
}

}  // namespace ss
