#pragma once

#include "core/db/database_connection.h"
#include "core/evolve/entity.h"

#include <string>

namespace ss::evolve {

// A table of the project's database that holds entities, one per row: the columns that say what each row is.
// The type and attributes columns must exist (the attributes hold a JSON object as text, JSON or JSONB); the
// others are read when the table has them.
struct EntitiesTable {
    std::string table = "knowledge_entities";
    std::string idColumn = "id";
    std::string typeColumn = "entity_type";
    std::string attributesColumn = "attributes";
    std::string nameColumn = "name";
    std::string groupColumn = "document_id";      // the document mentioning the entity: co-occurrence is per document
    std::string timestampColumn = "recorded_at";  // when the entity was recorded
};

// Reads the rows of the table in id order, streamed. A row whose attributes are not a JSON object is an error
// naming the table, the row's id and the problem. Returns an empty string, or the error.
std::string readEntitiesTable(DatabaseConnection& connection, const EntitiesTable& source, const EntitySink& sink);

}  // namespace ss::evolve
