#include "core/evolve/detection.h"
#include "core/evolve/json_lists.h"

#include <QJsonArray>

#include <bit>
#include <cstdio>

namespace ss::evolve {

namespace {

std::string fixed(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

}  // namespace

void detectCoOccurrence(DetectionContext& context, Findings& findings)
{
    const auto& groups = context.profile.groups();
    const long long documents = static_cast<long long>(groups.size());
    if (documents < context.options.minGroups)
        return;
    const auto& types = context.profile.types();
    const std::size_t n = std::min(types.size(), CollectionProfile::kTypeLimit);
    std::vector<long long> with(n, 0);
    std::vector<std::vector<long long>> both(n, std::vector<long long>(n, 0));
    for (const auto& [group, mask] : groups)
        for (std::size_t a = 0; a < n; ++a) {
            if (!(mask >> a & 1))
                continue;
            ++with[a];
            for (std::size_t b = a + 1; b < n; ++b)
                if (mask >> b & 1)
                    ++both[a][b];
        }
    for (std::size_t a = 0; a < n; ++a)
        for (std::size_t b = a + 1; b < n; ++b) {
            const EntityLayout* first = context.layoutOf(types[a].type);
            const EntityLayout* second = context.layoutOf(types[b].type);
            if (!first || !second || both[a][b] == 0)
                continue;
            const double support = double(both[a][b]) / double(documents);
            const double confidence = double(both[a][b]) / double(std::min(with[a], with[b]));
            const double lift = double(both[a][b]) * double(documents) / (double(with[a]) * double(with[b]));
            if (support < context.options.minSupport || confidence < context.options.minConfidence
                || lift < context.options.minLift)
                continue;
            const std::string table = first->singular + "_" + second->singular + "_associations";
            if (context.current.findTable(table))
                continue;
            const std::string firstColumn = referringColumnName(*first);
            const std::string secondColumn = referringColumnName(*second);

            Table association;
            association.name = table;
            association.description = "Which " + first->type + " and " + second->type + " entities the same "
                                      + context.groupColumn + " mentions";
            const auto keyColumn = [](const EntityLayout& layout, const std::string& name) {
                Column c;
                c.name = name;
                c.type = layout.keyType;
                c.nullable = false;
                return c;
            };
            Column group;
            group.name = context.groupColumn;
            group.type = DataType::varchar(100);
            group.nullable = false;
            group.description = "The document that mentions both";
            association.columns = {keyColumn(*first, firstColumn), keyColumn(*second, secondColumn), group};
            association.primaryKey = {firstColumn, secondColumn, context.groupColumn};
            for (const auto& [layout, column] : {std::pair{first, firstColumn}, std::pair{second, secondColumn}}) {
                ForeignKey fk;
                fk.name = "fk_" + table + "_" + column;
                fk.columns = {column};
                fk.refTable = layout->table;
                fk.refColumns = {layout->keyColumn};
                fk.onDelete = FkAction::Cascade;
                association.foreignKeys.push_back(fk);
            }

            const QJsonObject metrics{{QStringLiteral("documents"), double(documents)},
                                      {QStringLiteral("together"), double(both[a][b])},
                                      {QStringLiteral("support"), support},
                                      {QStringLiteral("confidence"), confidence},
                                      {QStringLiteral("lift"), lift}};
            Pattern pattern;
            pattern.id = "pattern-co_occurrence-" + first->type + "-" + second->type;
            pattern.kind = PatternKind::CoOccurrence;
            pattern.name = first->type + " - " + second->type + " relationship";
            pattern.description = first->type + " and " + second->type + " entities are mentioned together in "
                                  + std::to_string(both[a][b]) + " of " + std::to_string(documents) + " documents (support "
                                  + fixed(support) + ", confidence " + fixed(confidence) + ", lift " + fixed(lift) + ")";
            pattern.confidence = confidence;
            pattern.frequency = both[a][b];
            pattern.evidence = metrics;

            Proposal p;
            p.id = tableProposalId(table);
            p.type = ProposalType::Table;
            p.priority = priorityOf(std::min(1.0, confidence), both[a][b]);
            p.title = "Create " + table + " table";
            p.description = "An association of " + first->table + " and " + second->table;
            p.rationale = pattern.description + ": more often than chance would have them.";
            p.confidence = confidence;
            p.frequency = both[a][b];
            p.patternId = pattern.id;
            for (const EntityLayout* layout : {first, second})
                if (const std::string dep = tableProposalId(*layout); !dep.empty())
                    p.dependsOn.push_back(dep);
            p.change.tables.push_back(association);
            p.backfill.kind = BackfillRecipe::Kind::Pairs;
            p.backfill.table = table;
            p.backfill.entityType = first->type;
            p.backfill.key = first->key;
            p.backfill.keyColumn = firstColumn;
            p.backfill.otherType = second->type;
            p.backfill.otherKey = second->key;
            p.backfill.otherKeyColumn = secondColumn;
            p.backfill.groupColumn = context.groupColumn;
            p.sources = context.sources;
            QJsonObject data = metrics;
            data.insert(QStringLiteral("entityCount"), double(types[a].entities + types[b].entities));
            data.insert(QStringLiteral("examples"), stringArray(types[a].exampleNames));
            p.supportingData = data;
            pattern.suggestedStructure = QJsonObject{{QStringLiteral("tableName"), QString::fromStdString(table)}};
            findings.patterns.push_back(std::move(pattern));
            findings.proposals.push_back(std::move(p));
        }
}

}  // namespace ss::evolve
