#pragma once

#include "core/evolve/analysis_options.h"
#include "core/evolve/backfill_recipe.h"
#include "core/evolve/collection_profile.h"
#include "core/evolve/column_inference.h"
#include "core/spec/schema_model.h"

#include <string>
#include <vector>

namespace ss::evolve {

// The table one entity type gets: its name, its key and its columns, decided once so that every proposal
// about the type (its table, its child tables, references to it, associations) agrees.
struct EntityLayout {
    std::string type;
    std::string singular;  // the type in snake case: the prefix of its child tables' names
    std::string table;
    EntityKeyRule key;
    std::string keyColumn;
    DataType keyType;
    std::vector<InferredColumn> columns;        // common attributes, the key's own attribute left out
    std::vector<std::string> jsonMaps;          // objects keyed by data (language codes...), kept as JSON
    std::vector<std::string> arrays;            // array attributes common enough for a child table
    std::vector<std::string> uniqueColumns;     // columns other types refer to
    const TypeProfile* profile = nullptr;
    bool referenced = false;  // another type refers to it: its table is proposed even with its key alone
    bool existing = false;  // the schema has the table already (an earlier proposal): new columns are proposed
    std::string entitiesTable;  // EntityId keys: the table of entities they come from, when the schema has it
    std::string entitiesKey;
};

// One layout per type with at least options.minEntities entities. Table names are the type's plural in snake
// case ("person" -> people); a name the schema uses for something else gets "_details". The key is an "id"
// attribute when it is unique, else the id the source gave each entity (a table of entities), else the
// entity's position among its type's entities.
std::vector<EntityLayout> layoutEntities(const CollectionProfile& profile, const AnalysisOptions& options,
                                         const SchemaModel& current, const std::string& entitiesTable);

// The name of a column that refers to a layout's key from another table: "country_id", "person_entity_id".
std::string referringColumnName(const EntityLayout& layout);

// An object attribute with more member names than this is a map keyed by data, kept whole as JSON.
constexpr std::size_t kMapMemberLimit = 20;

}  // namespace ss::evolve

namespace ss::evolve {

// The child table an array attribute of a layout gets ("country" + "borders" -> country_borders), and the
// column a scalar element goes to ("borders" -> border).
std::string childTableName(const EntityLayout& layout, const std::string& arrayPath);
std::string elementValueColumn(const std::string& arrayPath);
// The element attributes of an array common enough (over the elements) to be columns of its child table.
std::vector<InferredColumn> elementColumns(const TypeProfile& elements, const AnalysisOptions& options);

}  // namespace ss::evolve
