#include "core/plan/plan.h"

namespace ss {

const TableAlteration* Plan::findAlteration(std::string_view targetTableName) const
{
    for (const auto& a : alteredTables)
        if (equalsIgnoreCase(a.target.name, targetTableName))
            return &a;
    return nullptr;
}

RiskSummary Plan::summary() const
{
    RiskSummary s;
    for (const auto& op : operations) {
        switch (op.risk()) {
        case RiskLevel::Safe: ++s.safe; break;
        case RiskLevel::Medium: ++s.medium; break;
        case RiskLevel::High: ++s.high; break;
        }
    }
    return s;
}

}  // namespace ss
