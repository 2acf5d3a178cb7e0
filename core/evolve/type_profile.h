#pragma once

#include "core/evolve/attribute_stats.h"

#include <QJsonObject>

#include <map>
#include <memory>
#include <string>
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
    std::map<std::string, AttributeStats> attributes;
    std::map<std::string, std::unique_ptr<TypeProfile>> arrays;  // by the array attribute's path
    std::vector<std::string> exampleNames;
    long long arrayHolders = 0;  // arrays only: how many parents held the array (empty ones included)
    long long maxElements = 0;   // arrays only: the longest

    // Reads one record's attributes.
    void observe(const QJsonObject& attributes);
    void noteName(const std::string& name);
    // Adds the profile of entities that come after this one's, as if they had been read here in turn.
    void merge(const TypeProfile& later);

    const AttributeStats* find(const std::string& path) const;
    double coverage(const AttributeStats& stats) const { return entities ? double(stats.present) / double(entities) : 0; }

private:
    void observeMembers(const QJsonObject& object, const std::string& prefix, int depth);
    void observeArray(const std::string& path, const QJsonArray& array);
};

// The dotted path of a member under a prefix: path("name", "common") = "name.common".
std::string memberPath(const std::string& prefix, const QString& member);

// A path's value in a record (nested objects followed), or undefined when it is absent.
QJsonValue valueAtPath(const QJsonObject& record, const std::string& path);

}  // namespace ss::evolve
