#include "core/evolve/backfill_recipe.h"

#include <QJsonArray>

namespace ss::evolve {

namespace {

const char* kindName(BackfillRecipe::Kind kind)
{
    switch (kind) {
    case BackfillRecipe::Kind::None: return "none";
    case BackfillRecipe::Kind::Rows: return "rows";
    case BackfillRecipe::Kind::Elements: return "elements";
    case BackfillRecipe::Kind::Pairs: return "pairs";
    case BackfillRecipe::Kind::Column: return "column";
    }
    return "none";
}

const char* sourceName(EntityKeyRule::Source source)
{
    switch (source) {
    case EntityKeyRule::Source::EntityId: return "entity_id";
    case EntityKeyRule::Source::Attribute: return "attribute";
    case EntityKeyRule::Source::Position: return "position";
    }
    return "position";
}

QJsonObject keyJson(const EntityKeyRule& rule)
{
    return QJsonObject{{QStringLiteral("source"), QString::fromLatin1(sourceName(rule.source))},
                       {QStringLiteral("attribute"), QString::fromStdString(rule.attribute)}};
}

EntityKeyRule keyFromJson(const QJsonObject& json)
{
    EntityKeyRule rule;
    const QString source = json.value(QStringLiteral("source")).toString();
    rule.source = source == QLatin1String("entity_id")   ? EntityKeyRule::Source::EntityId
                  : source == QLatin1String("attribute") ? EntityKeyRule::Source::Attribute
                                                         : EntityKeyRule::Source::Position;
    rule.attribute = json.value(QStringLiteral("attribute")).toString().toStdString();
    return rule;
}

}  // namespace

QJsonObject toJson(const BackfillRecipe& recipe)
{
    QJsonArray columns;
    for (const auto& [column, path] : recipe.columns)
        columns.append(QJsonArray{QString::fromStdString(column), QString::fromStdString(path)});
    const auto s = [](const std::string& text) { return QString::fromStdString(text); };
    return QJsonObject{{QStringLiteral("kind"), QString::fromLatin1(kindName(recipe.kind))},
                       {QStringLiteral("table"), s(recipe.table)},
                       {QStringLiteral("entityType"), s(recipe.entityType)},
                       {QStringLiteral("key"), keyJson(recipe.key)},
                       {QStringLiteral("keyColumn"), s(recipe.keyColumn)},
                       {QStringLiteral("columns"), columns},
                       {QStringLiteral("arrayPath"), s(recipe.arrayPath)},
                       {QStringLiteral("positionColumn"), s(recipe.positionColumn)},
                       {QStringLiteral("otherType"), s(recipe.otherType)},
                       {QStringLiteral("otherKey"), keyJson(recipe.otherKey)},
                       {QStringLiteral("otherKeyColumn"), s(recipe.otherKeyColumn)},
                       {QStringLiteral("groupColumn"), s(recipe.groupColumn)}};
}

BackfillRecipe backfillRecipeFromJson(const QJsonObject& json)
{
    BackfillRecipe recipe;
    const QString kind = json.value(QStringLiteral("kind")).toString();
    for (auto k : {BackfillRecipe::Kind::Rows, BackfillRecipe::Kind::Elements, BackfillRecipe::Kind::Pairs,
                   BackfillRecipe::Kind::Column})
        if (kind == QLatin1String(kindName(k)))
            recipe.kind = k;
    const auto s = [&](const char* key) { return json.value(QLatin1String(key)).toString().toStdString(); };
    recipe.table = s("table");
    recipe.entityType = s("entityType");
    recipe.key = keyFromJson(json.value(QStringLiteral("key")).toObject());
    recipe.keyColumn = s("keyColumn");
    for (const QJsonValue& pair : json.value(QStringLiteral("columns")).toArray())
        recipe.columns.emplace_back(pair.toArray().at(0).toString().toStdString(), pair.toArray().at(1).toString().toStdString());
    recipe.arrayPath = s("arrayPath");
    recipe.positionColumn = s("positionColumn");
    recipe.otherType = s("otherType");
    recipe.otherKey = keyFromJson(json.value(QStringLiteral("otherKey")).toObject());
    recipe.otherKeyColumn = s("otherKeyColumn");
    recipe.groupColumn = s("groupColumn");
    return recipe;
}

}  // namespace ss::evolve
