#include "core/evolve/detection.h"
#include "core/evolve/json_lists.h"

namespace ss::evolve {

namespace {

bool leadsAnIndex(const SchemaModel& current, const Findings& findings, const std::string& table, const std::string& column)
{
    const auto leads = [&](const Table& t) {
        const std::vector<std::string> pk = primaryKeyOf(t);
        if (!pk.empty() && equalsIgnoreCase(pk.front(), column))
            return true;
        for (const Index& i : t.indexes)
            if (!i.columns.empty() && equalsIgnoreCase(i.columns.front(), column))
                return true;
        for (const UniqueConstraint& u : t.uniques)
            if (!u.columns.empty() && equalsIgnoreCase(u.columns.front(), column))
                return true;
        return false;
    };
    if (const Table* t = current.findTable(table))
        return leads(*t);
    for (const Proposal& p : findings.proposals)
        for (const Table& t : p.change.tables)
            if (t.name == table)
                return leads(t);
    return false;
}

void addIndex(DetectionContext& context, Findings& findings, const std::string& table, const std::string& column,
              const std::string& dependsOn, const std::string& why, double confidence, long long frequency)
{
    if (leadsAnIndex(context.current, findings, table, column))
        return;
    Index index;
    index.name = "ix_" + table + "_" + column;
    index.columns = {column};
    Proposal p;
    p.id = "proposal-index-" + table + "-" + column;
    if (findings.find(p.id))
        return;
    p.type = ProposalType::Index;
    p.priority = priorityOf(confidence, frequency) == Priority::High ? Priority::Medium : Priority::Low;
    p.title = "Index " + table + "." + column;
    p.description = "An index for " + why;
    p.rationale = table + "." + column + " is " + why + "; without an index each lookup reads the whole table.";
    p.confidence = confidence;
    p.frequency = frequency;
    if (!dependsOn.empty())
        p.dependsOn.push_back(dependsOn);
    p.change.indexes.emplace_back(table, index);
    p.sources = context.sources;
    p.supportingData = QJsonObject{{QStringLiteral("table"), QString::fromStdString(table)},
                                   {QStringLiteral("column"), QString::fromStdString(column)},
                                   {QStringLiteral("entityCount"), double(frequency)}};
    findings.proposals.push_back(std::move(p));
}

}  // namespace

void suggestIndexes(DetectionContext& context, Findings& findings)
{
    const std::vector<Proposal> relationships = [&] {
        std::vector<Proposal> out;
        for (const Proposal& p : findings.proposals)
            if (p.type == ProposalType::Relationship)
                out.push_back(p);
        return out;
    }();
    for (const Proposal& r : relationships)
        for (const auto& [table, fk] : r.change.foreignKeys)
            addIndex(context, findings, table, fk.columns.front(), r.id, "a reference to " + fk.refTable + " (joins follow it)",
                     r.confidence, r.frequency);
    for (const Pattern& pattern : findings.patterns) {
        if (pattern.kind != PatternKind::Temporal)
            continue;
        const std::string table = pattern.evidence.value(QStringLiteral("table")).toString().toStdString();
        const std::string column = pattern.evidence.value(QStringLiteral("column")).toString().toStdString();
        const EntityLayout* layout = nullptr;
        for (const EntityLayout& l : context.layouts)
            if (l.table == table)
                layout = &l;
        const std::string dependsOn = layout ? tableProposalId(*layout) : std::string();
        if (!layout || (!dependsOn.empty() && !findings.find(dependsOn))
            || (layout->existing && !context.current.findTable(table)->findColumn(column)))
            continue;
        addIndex(context, findings, table, column, dependsOn, "a date the entities are filtered by (" + pattern.name + ")",
                 pattern.confidence, pattern.frequency);
    }
}

}  // namespace ss::evolve
