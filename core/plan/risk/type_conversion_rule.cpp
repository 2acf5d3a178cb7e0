#include "core/plan/risk/risk_rule.h"
#include "core/plan/risk/type_change.h"

namespace ss {

RiskRule typeConversionRule()
{
    return {"MF102", "type conversion", [](const Operation& op, const RiskContext&, std::vector<RiskFinding>& out) {
                if (op.kind != OpKind::AlterColumnType)
                    return;
                const std::string column = op.table + "." + op.after.name;
                if (classifyTypeChange(op.before.type, op.after.type) == TypeChange::Conversion)
                    out.push_back(finding(typeConversionRule(), RiskLevel::Medium,
                                          "converts " + column + " from " + op.before.type.toString() + " to " +
                                              op.after.type.toString() + ": readers see values in the new form"));
                if (op.before.identity != op.after.identity)
                    out.push_back(finding(typeConversionRule(), RiskLevel::Medium,
                                          op.after.identity ? column + " becomes generated: inserts that supply it may clash"
                                                            : column + " is no longer generated: inserts must supply it"));
            }};
}

}  // namespace ss
