#pragma once

#include <simdjson.h>

#include <functional>
#include <string>
#include <string_view>

namespace ss::evolve {

// One entity as the sources deliver it: a record of a JSON collection, or a row of a table of entities.
struct Entity {
    std::string type;       // person, meeting, country...
    std::string key;        // its id as text; empty when the source has none
    std::string name;       // a label for examples; empty when the source has none
    std::string group;      // the document that mentions it (co-occurrence); empty when the source has none
    std::string timestamp;  // when it was recorded; empty when the source has none
    // The record's members, parsed once by the source: valid while the sink that receives the entity runs.
    simdjson::dom::object attributes;
    std::string_view omitted;  // a top-level member that is not an attribute (the one that named the type)
};

// Receives the entities of a source one at a time; returns false to stop reading (cancel).
using EntitySink = std::function<bool(Entity&&)>;

}  // namespace ss::evolve
