#pragma once

#include <QJsonObject>

#include <string>
#include <utility>
#include <vector>

namespace ss::evolve {

// How an entity of a type is identified in the tables made for it: the id it came with, one of its attributes
// that is unique, or its position among the entities of its type in the sources (1, 2, ...).
struct EntityKeyRule {
    enum class Source { EntityId, Attribute, Position };
    Source source = Source::Position;
    std::string attribute;  // Attribute: its path
};

// How a table a proposal creates (or a column it adds) is filled from the entities once it exists.
struct BackfillRecipe {
    enum class Kind { None, Rows, Elements, Pairs, Column };
    Kind kind = Kind::None;
    std::string table;
    std::string entityType;
    EntityKeyRule key;
    std::string keyColumn;
    // Rows and Column: column <- attribute path of the entity; Elements: column <- path inside each element.
    std::vector<std::pair<std::string, std::string>> columns;
    std::string arrayPath;       // Elements: the array attribute
    std::string positionColumn;  // Elements: the element's position, from 1
    // Pairs: one row per document mentioning an entity of each type.
    std::string otherType;
    EntityKeyRule otherKey;
    std::string otherKeyColumn;
    std::string groupColumn;
};

QJsonObject toJson(const BackfillRecipe& recipe);
BackfillRecipe backfillRecipeFromJson(const QJsonObject& json);

}  // namespace ss::evolve
