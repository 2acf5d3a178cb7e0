#include "core/evolve/detection.h"
#include "core/evolve/json_lists.h"

#include "core/query/lexicon.h"
#include "core/util/snake_case.h"

#include <QJsonArray>

#include <algorithm>
#include <set>

namespace ss::evolve {

namespace {

// A column whose values may point at another type's key.
struct Referrer {
    const EntityLayout* owner = nullptr;
    const AttributeStats* stats = nullptr;
    std::string attribute;  // as the reviewer knows it: "borders", "company"
    std::string table;
    std::string column;
    std::string tableProposal;  // the proposal that creates `table`, empty when it exists
};

struct Target {
    EntityLayout* layout = nullptr;
    const AttributeStats* stats = nullptr;
    std::string column;
    bool tableKey = false;
};

bool sameScalarKind(const AttributeStats& a, const AttributeStats& b)
{
    const bool aText = a.count(ValueKind::Text) > 0;
    const bool bText = b.count(ValueKind::Text) > 0;
    const bool aInt = a.count(ValueKind::Integer) > 0;
    const bool bInt = b.count(ValueKind::Integer) > 0;
    return a.scalarKinds() == 1 && b.scalarKinds() == 1 && ((aText && bText) || (aInt && bInt));
}

std::set<std::string> wordsOf(const std::string& text)
{
    const std::vector<std::string> words = query::nameWords(snakeCase(text));
    return {words.begin(), words.end()};
}

bool nameHint(const Referrer& from, const Target& to)
{
    const std::set<std::string> referring = wordsOf(from.attribute);
    // The target's type, not its key's name: "name" -> name says nothing, "company" -> company does.
    std::set<std::string> target = wordsOf(to.layout->type);
    target.erase("id");
    for (const std::string& w : referring)
        if (target.count(w))
            return true;
    return false;
}

std::vector<Referrer> referrersOf(const DetectionContext& context)
{
    std::vector<Referrer> out;
    for (const EntityLayout& layout : context.layouts) {
        const TypeProfile& profile = *layout.profile;
        for (const InferredColumn& column : layout.columns) {
            const AttributeStats* stats = profile.find(column.path);
            if (!stats || !stats->distinctComplete || column.type.kind == TypeKind::Json)
                continue;
            out.push_back({&layout, stats, column.path, layout.table, column.name, tableProposalId(layout)});
        }
        for (const std::string& path : layout.arrays) {
            const TypeProfile& elements = *profile.arrays.at(path);
            const AttributeStats* stats = elements.find("value");
            if (!stats || !stats->distinctComplete)
                continue;
            const std::string child = childTableName(layout, path);
            out.push_back({&layout, stats, path, child, elementValueColumn(path), tableProposalId(child)});
        }
    }
    return out;
}

std::vector<Target> targetsOf(DetectionContext& context)
{
    std::vector<Target> out;
    for (EntityLayout& layout : context.layouts) {
        const TypeProfile& profile = *layout.profile;
        if (layout.key.source == EntityKeyRule::Source::Attribute)
            out.push_back({&layout, profile.find(layout.key.attribute), layout.keyColumn, true});
        for (const InferredColumn& column : layout.columns) {
            const AttributeStats* stats = profile.find(column.path);
            if (!stats || stats->present != profile.entities || !stats->isKeyLike() || profile.entities < 2)
                continue;
            if (layout.existing && !context.current.findTable(layout.table)->findColumn(column.name))
                continue;
            out.push_back({&layout, stats, column.name, false});
        }
    }
    return out;
}


}  // namespace

void detectReferences(DetectionContext& context, Findings& findings)
{
    const std::vector<Target> targets = targetsOf(context);
    for (const Referrer& from : referrersOf(context)) {
        const long long values = from.stats->nonNull();
        if (values < context.options.minEntities || from.stats->distinct.size() < 3)
            continue;
        const Target* best = nullptr;
        long long bestResolved = 0;
        bool bestHint = false;
        for (const Target& to : targets) {
            if (to.stats == from.stats || !sameScalarKind(*from.stats, *to.stats))
                continue;
            if (to.layout == from.owner && from.stats->isKeyLike())
                continue;  // a second unique attribute of the same entities is another key, not a reference
            const bool hint = nameHint(from, to);
            if ((from.stats->count(ValueKind::Integer) > 0 || from.stats->isKeyLike()) && !hint)
                continue;  // small numbers match any counter, and two small sets of unique values may coincide:
                           // only a name says they refer to something
            long long resolved = 0;
            for (const auto& [value, count] : from.stats->distinct)
                if (to.stats->distinct.count(value))
                    resolved += count;
            if (resolved > bestResolved || (resolved == bestResolved && resolved > 0 && hint && !bestHint)) {
                best = &to;
                bestResolved = resolved;
                bestHint = hint;
            }
        }
        const double share = values ? double(bestResolved) / double(values) : 0;
        if (!best || share < context.options.referenceShare)
            continue;
        best->layout->referenced = true;
        if (!best->tableKey && !best->layout->existing
            && std::find(best->layout->uniqueColumns.begin(), best->layout->uniqueColumns.end(), best->column)
                   == best->layout->uniqueColumns.end())
            best->layout->uniqueColumns.push_back(best->column);

        std::vector<std::string> unresolved;
        for (const auto& [value, count] : from.stats->distinct)
            if (!best->stats->distinct.count(value) && unresolved.size() < 5)
                unresolved.push_back(value);
        std::sort(unresolved.begin(), unresolved.end());
        const bool oneToOne = from.stats->isKeyLike();
        const double confidence = share * (bestHint ? 1.0 : 0.85);
        const std::string targetName = best->layout->table + "." + best->column;

        Pattern pattern;
        pattern.id = "pattern-reference-" + from.owner->type + "-" + from.attribute;
        pattern.kind = PatternKind::Reference;
        pattern.name = from.owner->type + "." + from.attribute + " refers to " + best->layout->type;
        pattern.description = std::to_string(bestResolved) + " of " + std::to_string(values) + " values of "
                              + from.owner->type + "." + from.attribute + " are the " + best->stats->path + " of a "
                              + best->layout->type + (bestHint ? " (and the names agree)" : "");
        pattern.confidence = confidence;
        pattern.frequency = values;
        pattern.examples = from.stats->examples;
        pattern.evidence = QJsonObject{{QStringLiteral("resolvedShare"), share},
                                       {QStringLiteral("resolved"), double(bestResolved)},
                                       {QStringLiteral("values"), double(values)},
                                       {QStringLiteral("nameHint"), bestHint},
                                       {QStringLiteral("unresolvedExamples"), stringArray(unresolved)}};

        Proposal p;
        p.id = "proposal-relationship-" + from.table + "-" + from.column;
        p.type = ProposalType::Relationship;
        p.priority = share < 1.0 ? Priority::Low : priorityOf(confidence, values);
        p.title = "Link " + from.table + "." + from.column + " to " + targetName;
        p.description = "A foreign key from " + from.table + "." + from.column + " to " + targetName;
        p.rationale = pattern.description + "."
                      + (share < 1.0 ? " The " + std::to_string(values - bestResolved)
                                           + " values that resolve to nothing must be corrected first: the database "
                                             "refuses the foreign key while they remain."
                                     : std::string(" Every value resolves."));
        p.confidence = confidence;
        p.frequency = values;
        p.patternId = pattern.id;
        for (const std::string& dep : {from.tableProposal, tableProposalId(*best->layout)})
            if (!dep.empty() && std::find(p.dependsOn.begin(), p.dependsOn.end(), dep) == p.dependsOn.end())
                p.dependsOn.push_back(dep);
        ForeignKey fk;
        fk.name = "fk_" + from.table + "_" + from.column;
        fk.columns = {from.column};
        fk.refTable = best->layout->table;
        fk.refColumns = {best->column};
        p.change.foreignKeys.emplace_back(from.table, fk);
        p.sources = context.sources;
        p.supportingData = QJsonObject{
            {QStringLiteral("entityCount"), double(from.owner->profile->entities)},
            {QStringLiteral("resolvedShare"), share},
            {QStringLiteral("resolved"), double(bestResolved)},
            {QStringLiteral("values"), double(values)},
            {QStringLiteral("examples"), stringArray(from.stats->examples)},
            {QStringLiteral("unresolvedExamples"), stringArray(unresolved)},
            {QStringLiteral("relationship"),
             QJsonObject{{QStringLiteral("from_table"), QString::fromStdString(from.table)},
                         {QStringLiteral("from_columns"), stringArray({from.column})},
                         {QStringLiteral("to_table"), QString::fromStdString(best->layout->table)},
                         {QStringLiteral("to_columns"), stringArray({best->column})},
                         {QStringLiteral("cardinality"), oneToOne ? QStringLiteral("one-to-one") : QStringLiteral("many-to-one")},
                         {QStringLiteral("resolved_share"), share}}}};
        findings.patterns.push_back(std::move(pattern));
        findings.proposals.push_back(std::move(p));
    }
}

}  // namespace ss::evolve
