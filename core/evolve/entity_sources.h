#pragma once

#include "core/db/database_connection.h"
#include "core/evolve/entities_table.h"
#include "core/evolve/entity_files.h"

#include <QJsonObject>

#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace ss::evolve {

// Where the entities come from: JSON collections, a table of the project's database, or both. Kept with each
// proposal so that approving it reads the same entities again to fill the new table.
struct EntitySources {
    std::vector<EntityFile> files;
    std::optional<EntitiesTable> table;

    bool empty() const { return files.empty() && !table; }
};

// Reads every source in turn into `sink`; `connection` is needed only for a table. Stops early, with no error,
// when the sink returns false or `cancel` is set. Returns an empty string or the error.
std::string readEntities(const EntitySources& sources, DatabaseConnection* connection, const EntitySink& sink,
                         const std::atomic<bool>* cancel = nullptr, std::atomic<long long>* bytesRead = nullptr);

QJsonObject toJson(const EntitySources& sources);
EntitySources entitySourcesFromJson(const QJsonObject& json);

}  // namespace ss::evolve
