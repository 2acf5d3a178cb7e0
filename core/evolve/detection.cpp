#include "core/evolve/detection.h"

namespace ss::evolve {

const EntityLayout* DetectionContext::layoutOf(const std::string& type) const
{
    for (const EntityLayout& layout : layouts)
        if (layout.type == type)
            return &layout;
    return nullptr;
}

const Proposal* Findings::find(const std::string& id) const
{
    for (const Proposal& p : proposals)
        if (p.id == id)
            return &p;
    return nullptr;
}

std::string tableProposalId(const std::string& table)
{
    return "proposal-table-" + table;
}

std::string tableProposalId(const EntityLayout& layout)
{
    return layout.existing ? std::string() : tableProposalId(layout.table);
}

Priority priorityOf(double confidence, long long frequency)
{
    if (confidence >= 0.8 && frequency >= 10)
        return Priority::High;
    if (confidence >= 0.5 && frequency >= 3)
        return Priority::Medium;
    return Priority::Low;
}

}  // namespace ss::evolve
