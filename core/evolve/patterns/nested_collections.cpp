#include "core/evolve/detection.h"
#include "core/evolve/json_lists.h"

#include <QJsonArray>

#include <set>

namespace ss::evolve {

namespace {

void proposeChildTable(DetectionContext& context, const EntityLayout& parent, const std::string& arrayPath, Findings& findings)
{
    const TypeProfile& elements = *parent.profile->arrays.at(arrayPath);
    const std::string table = childTableName(parent, arrayPath);
    if (context.current.findTable(table))
        return;
    std::vector<InferredColumn> columns = elementColumns(elements, context.options);
    if (columns.empty())
        return;
    const bool scalars = columns.size() == 1 && columns.front().path == "value";
    const std::string parentColumn = referringColumnName(parent);
    std::set<std::string> names{parentColumn, "position"};
    for (InferredColumn& c : columns) {
        if (scalars)
            c.name = elementValueColumn(arrayPath);
        while (!names.insert(c.name).second)
            c.name = "element_" + c.name;
    }

    Table child;
    child.name = table;
    child.description = "The elements of " + parent.type + "." + arrayPath + ", one row each, in their order";
    Column owner;
    owner.name = parentColumn;
    owner.type = parent.keyType;
    owner.nullable = false;
    owner.description = "The " + parent.type + " the element belongs to";
    Column position;
    position.name = "position";
    position.type = DataType::of(TypeKind::Integer);
    position.nullable = false;
    position.description = "The element's place in the array, from 1";
    child.columns = {owner, position};
    BackfillRecipe backfill;
    backfill.kind = BackfillRecipe::Kind::Elements;
    backfill.table = table;
    backfill.entityType = parent.type;
    backfill.key = parent.key;
    backfill.keyColumn = parentColumn;
    backfill.arrayPath = arrayPath;
    backfill.positionColumn = "position";
    QJsonArray columnsJson;
    for (const InferredColumn& c : columns) {
        Column column;
        column.name = c.name;
        column.type = c.type;
        column.nullable = c.nullable;
        column.description = scalars ? "The element" : "From " + c.path + ", present in " + percent(c.coverage) + " of the elements";
        child.columns.push_back(column);
        backfill.columns.emplace_back(c.name, c.path);
        columnsJson.append(toJson(c));
    }
    child.primaryKey = {parentColumn, "position"};
    ForeignKey fk;
    fk.name = "fk_" + table + "_" + parentColumn;
    fk.columns = {parentColumn};
    fk.refTable = parent.table;
    fk.refColumns = {parent.keyColumn};
    fk.onDelete = FkAction::Cascade;
    child.foreignKeys.push_back(fk);

    const long long holders = elements.arrayHolders;
    const double share = double(holders) / double(parent.profile->entities);
    Pattern pattern;
    pattern.id = "pattern-nested_collection-" + parent.type + "-" + arrayPath;
    pattern.kind = PatternKind::NestedCollection;
    pattern.name = parent.type + "." + arrayPath + " is a list";
    pattern.description = std::to_string(holders) + " " + parent.type + " entities hold a list in " + arrayPath + " ("
                          + std::to_string(elements.entities) + " elements, at most " + std::to_string(elements.maxElements)
                          + " in one)";
    pattern.confidence = share;
    pattern.frequency = holders;
    for (const InferredColumn& c : columns)
        for (const std::string& e : c.examples)
            if (pattern.examples.size() < 5)
                pattern.examples.push_back(e);
    pattern.evidence = QJsonObject{{QStringLiteral("holders"), double(holders)},
                                   {QStringLiteral("elements"), double(elements.entities)},
                                   {QStringLiteral("maxElements"), double(elements.maxElements)},
                                   {QStringLiteral("columns"), columnsJson}};

    Proposal p;
    p.id = tableProposalId(table);
    p.type = ProposalType::Table;
    p.priority = priorityOf(share, holders);
    p.title = "Create " + table + " table";
    p.description = "The list " + parent.type + "." + arrayPath + " as a child table of " + parent.table;
    p.rationale = pattern.description + "; a child table keeps one row per element with its position and a foreign key "
                  "to " + parent.table + ".";
    p.confidence = share;
    p.frequency = holders;
    p.patternId = pattern.id;
    if (const std::string dep = tableProposalId(parent); !dep.empty())
        p.dependsOn.push_back(dep);
    p.change.tables.push_back(child);
    p.backfill = backfill;
    p.sources = context.sources;
    p.supportingData = QJsonObject{{QStringLiteral("entityCount"), double(parent.profile->entities)},
                                   {QStringLiteral("holders"), double(holders)},
                                   {QStringLiteral("elements"), double(elements.entities)},
                                   {QStringLiteral("columns"), columnsJson},
                                   {QStringLiteral("examples"), stringArray(pattern.examples)}};
    findings.patterns.push_back(std::move(pattern));
    findings.proposals.push_back(std::move(p));
}

}  // namespace

void detectNestedCollections(DetectionContext& context, Findings& findings)
{
    for (const EntityLayout& layout : context.layouts)
        for (const std::string& path : layout.arrays)
            proposeChildTable(context, layout, path, findings);
}

}  // namespace ss::evolve
