#include "core/plan/risk/risk_rule.h"

namespace ss {

RiskRule addForeignKeyRule()
{
    return {"MF108", "foreign key over existing data", [](const Operation& op, const RiskContext&, std::vector<RiskFinding>& out) {
                if (op.kind != OpKind::AddForeignKey || op.onNewTable)
                    return;
                out.push_back(finding(addForeignKeyRule(), RiskLevel::Medium,
                                      "adds foreign key " + op.foreignKey.name + " on existing table " + op.table +
                                          ": fails if a row points at a missing " + op.foreignKey.refTable + " row"));
            }};
}

}  // namespace ss
