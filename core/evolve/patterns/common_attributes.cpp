#include "core/evolve/detection.h"
#include "core/evolve/json_lists.h"

#include <QJsonArray>

#include <cmath>

namespace ss::evolve {

namespace {



Column columnOf(const InferredColumn& inferred)
{
    Column column;
    column.name = inferred.name;
    column.type = inferred.type;
    column.nullable = inferred.nullable;
    column.description = "From " + inferred.path + ", present in " + percent(inferred.coverage) + " of the entities";
    if (inferred.enumLike)
        column.description += "; one of " + std::to_string(inferred.distinct) + " values";
    return column;
}

Column keyColumnOf(const EntityLayout& layout)
{
    Column key;
    key.name = layout.keyColumn;
    key.type = layout.keyType;
    key.nullable = false;
    switch (layout.key.source) {
    case EntityKeyRule::Source::Attribute: key.description = "The entity's " + layout.key.attribute; break;
    case EntityKeyRule::Source::EntityId: key.description = "The entity this row describes"; break;
    case EntityKeyRule::Source::Position: key.description = "The entity's position among the " + layout.type + " entities of the source"; break;
    }
    return key;
}

QJsonObject structureOf(const Table& table)
{
    QJsonArray columns;
    for (const Column& c : table.columns)
        columns.append(QJsonObject{{QStringLiteral("name"), QString::fromStdString(c.name)},
                                   {QStringLiteral("type"), QString::fromStdString(c.type.toString())},
                                   {QStringLiteral("nullable"), c.nullable}});
    return QJsonObject{{QStringLiteral("tableName"), QString::fromStdString(table.name)}, {QStringLiteral("columns"), columns}};
}

// Every attribute with its coverage, the rare ones included: the reviewer sees why they were left out.
QJsonArray coverageOf(const TypeProfile& profile)
{
    QJsonArray out;
    for (const std::string& path : profile.order) {
        const AttributeStats& stats = *profile.find(path);
        out.append(QJsonObject{{QStringLiteral("attribute"), QString::fromStdString(path)},
                               {QStringLiteral("coverage"), profile.coverage(stats)},
                               {QStringLiteral("present"), double(stats.present)}});
    }
    return out;
}

void proposeTable(DetectionContext& context, const EntityLayout& layout, Findings& findings)
{
    const TypeProfile& profile = *layout.profile;
    Table table;
    table.name = layout.table;
    table.description = "The " + layout.type + " entities: the attributes at least " + percent(context.options.minCoverage)
                        + " of them have";
    table.columns.push_back(keyColumnOf(layout));
    table.primaryKey = {layout.keyColumn};
    if (!layout.entitiesTable.empty()) {
        ForeignKey fk;
        fk.name = "fk_" + layout.table + "_" + layout.keyColumn;
        fk.columns = {layout.keyColumn};
        fk.refTable = layout.entitiesTable;
        fk.refColumns = {layout.entitiesKey};
        fk.onDelete = FkAction::Cascade;
        table.foreignKeys.push_back(fk);
    }
    BackfillRecipe backfill;
    backfill.kind = BackfillRecipe::Kind::Rows;
    backfill.table = layout.table;
    backfill.entityType = layout.type;
    backfill.key = layout.key;
    backfill.keyColumn = layout.keyColumn;
    double coverageSum = 0;
    int conflicts = 0;
    QJsonArray columnsJson;
    QJsonArray conflictsJson;
    for (const InferredColumn& inferred : layout.columns) {
        table.columns.push_back(columnOf(inferred));
        backfill.columns.emplace_back(inferred.name, inferred.path);
        coverageSum += inferred.coverage;
        conflicts += static_cast<int>(inferred.conflicts.size());
        columnsJson.append(toJson(inferred));
        for (const TypeConflict& c : inferred.conflicts)
            conflictsJson.append(toJson(c));
    }
    for (const std::string& column : layout.uniqueColumns) {
        UniqueConstraint unique;
        unique.name = "uq_" + layout.table + "_" + column;
        unique.columns = {column};
        table.uniques.push_back(unique);
    }
    double confidence = layout.columns.empty() ? 0.5 : coverageSum / double(layout.columns.size());
    confidence *= std::pow(0.9, conflicts);

    Pattern pattern;
    pattern.id = "pattern-common_attributes-" + layout.type;
    pattern.kind = PatternKind::CommonAttributes;
    pattern.name = layout.type + " structure";
    pattern.description = std::to_string(layout.columns.size()) + " attributes are present in at least "
                          + percent(context.options.minCoverage) + " of " + std::to_string(profile.entities) + " "
                          + layout.type + " entities";
    pattern.confidence = confidence;
    pattern.frequency = profile.entities;
    pattern.examples = profile.exampleNames;
    pattern.evidence = QJsonObject{{QStringLiteral("coverage"), coverageOf(profile)}, {QStringLiteral("conflicts"), conflictsJson}};
    pattern.suggestedStructure = structureOf(table);

    Proposal p;
    p.id = tableProposalId(layout);
    p.type = ProposalType::Table;
    p.priority = priorityOf(confidence, profile.entities);
    p.title = "Create " + layout.table + " table";
    p.description = "Common attributes found in " + layout.type + " entities";
    p.rationale = "Pattern detected in " + std::to_string(profile.entities) + " entities with " + percent(confidence)
                  + " confidence: " + pattern.description + ".";
    if (!layout.jsonMaps.empty())
        p.rationale += " Kept whole as JSON, being keyed by data: " + layout.jsonMaps.front()
                       + (layout.jsonMaps.size() > 1 ? " and " + std::to_string(layout.jsonMaps.size() - 1) + " more" : "") + ".";
    if (conflicts)
        p.rationale += " " + std::to_string(conflicts) + " attribute(s) hold values of several types: see the conflicts.";
    p.confidence = confidence;
    p.frequency = profile.entities;
    p.patternId = pattern.id;
    p.change.tables.push_back(table);
    p.backfill = backfill;
    p.sources = context.sources;
    p.supportingData = QJsonObject{{QStringLiteral("entityCount"), double(profile.entities)},
                                   {QStringLiteral("entityType"), QString::fromStdString(layout.type)},
                                   {QStringLiteral("examples"), stringArray(profile.exampleNames)},
                                   {QStringLiteral("columns"), columnsJson},
                                   {QStringLiteral("coverage"), coverageOf(profile)},
                                   {QStringLiteral("conflicts"), conflictsJson}};
    findings.patterns.push_back(std::move(pattern));
    findings.proposals.push_back(std::move(p));
}

// The table exists (an earlier proposal made it): attributes that have become common are new columns.
void proposeColumns(DetectionContext& context, const EntityLayout& layout, Findings& findings)
{
    const Table* table = context.current.findTable(layout.table);
    for (const InferredColumn& inferred : layout.columns) {
        if (table->findColumn(inferred.name))
            continue;
        Column column = columnOf(inferred);
        column.nullable = true;  // the rows that exist get it through the backfill, which may leave some empty
        Proposal p;
        p.id = "proposal-column-" + layout.table + "-" + inferred.name;
        p.type = ProposalType::Column;
        p.priority = priorityOf(inferred.coverage, inferred.present);
        p.title = "Add " + inferred.name + " to " + layout.table;
        p.description = "An attribute that has become common among " + layout.type + " entities";
        p.rationale = inferred.path + " is present in " + percent(inferred.coverage) + " of "
                      + std::to_string(layout.profile->entities) + " " + layout.type + " entities.";
        p.confidence = inferred.coverage;
        p.frequency = inferred.present;
        p.patternId = "pattern-common_attributes-" + layout.type;
        p.change.columns.emplace_back(layout.table, column);
        p.backfill.kind = BackfillRecipe::Kind::Column;
        p.backfill.table = layout.table;
        p.backfill.entityType = layout.type;
        p.backfill.key = layout.key;
        p.backfill.keyColumn = layout.keyColumn;
        p.backfill.columns = {{inferred.name, inferred.path}};
        p.sources = context.sources;
        p.supportingData = QJsonObject{{QStringLiteral("entityCount"), double(layout.profile->entities)},
                                       {QStringLiteral("columns"), QJsonArray{toJson(inferred)}},
                                       {QStringLiteral("examples"), stringArray(inferred.examples)}};
        findings.proposals.push_back(std::move(p));
    }
}

}  // namespace

void detectCommonAttributes(DetectionContext& context, Findings& findings)
{
    for (const EntityLayout& layout : context.layouts) {
        if (layout.existing)
            proposeColumns(context, layout, findings);
        else if (!layout.columns.empty() || !layout.arrays.empty() || layout.referenced)
            proposeTable(context, layout, findings);
    }
}

}  // namespace ss::evolve
