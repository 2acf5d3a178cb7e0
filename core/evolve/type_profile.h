#pragma once

#include "core/evolve/attribute_stats.h"

#include <simdjson.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ss::evolve {

// Everything read about the entities of one type (or the elements of one array attribute): each attribute's
// statistics, nested objects flattened into dotted paths (name.common) up to kNestingLimit levels, and arrays
// profiled as collections of their own (scalar elements under the attribute "value").
struct TypeProfile {
    static constexpr int kNestingLimit = 3;
    static constexpr std::size_t kExampleLimit = 5;

    std::string type;
    long long entities = 0;
    long long withKey = 0;        // entities that came with an id
    long long withTimestamp = 0;  // entities that came with a time of their own
    std::vector<std::string> order;  // attribute paths, in the order they were first seen
    std::map<std::string, AttributeStats, std::less<>> attributes;
    std::map<std::string, std::unique_ptr<TypeProfile>, std::less<>> arrays;  // by the array attribute's path
    std::vector<std::string> exampleNames;
    long long arrayHolders = 0;  // arrays only: how many parents held the array (empty ones included)
    long long maxElements = 0;   // arrays only: the longest

    // Reads one record's attributes; a top-level member named `omitted` is not one of them.
    void observe(simdjson::dom::object attributes, std::string_view omitted = {});
    void noteName(const std::string& name);
    // Adds the profile of entities that come after this one's, as if they had been read here in turn.
    void merge(const TypeProfile& later);

    const AttributeStats* find(const std::string& path) const;
    double coverage(const AttributeStats& stats) const { return entities ? double(stats.present) / double(entities) : 0; }

private:
    AttributeStats& statsOf(std::string_view path);
    TypeProfile& elementsOf(std::string_view path);
    void observeMembers(simdjson::dom::object object, int depth, std::string_view omitted);
    void observeArray(simdjson::dom::array array);

    std::string m_path;  // the path being read, reused from member to member
};

// A path's value in a record (nested objects followed), or nothing when it is absent.
std::optional<simdjson::dom::element> valueAtPath(simdjson::dom::object record, const std::string& path);

}  // namespace ss::evolve
