#pragma once

#include <QJsonObject>

#include <functional>
#include <string>

namespace ss::evolve {

// One entity as the sources deliver it: a record of a JSON collection, or a row of a table of entities.
struct Entity {
    std::string type;       // person, meeting, country...
    std::string key;        // its id as text; empty when the source has none
    std::string name;       // a label for examples; empty when the source has none
    std::string group;      // the document that mentions it (co-occurrence); empty when the source has none
    std::string timestamp;  // when it was recorded; empty when the source has none
    QJsonObject attributes;
};

// Receives the entities of a source one at a time; returns false to stop reading (cancel).
using EntitySink = std::function<bool(Entity&&)>;

}  // namespace ss::evolve
