#pragma once

#include <QJsonObject>

#include <string>
#include <vector>

namespace ss::evolve {

enum class PatternKind { CommonAttributes, NestedCollection, Reference, CoOccurrence, Temporal };
const char* toString(PatternKind kind);  // "common_attributes", "nested_collection", ...

// Something the data shows, with the evidence and how sure the detector is. Proposals are made from patterns.
struct Pattern {
    std::string id;  // stable across analyses of the same data: "pattern-common_attributes-person"
    PatternKind kind = PatternKind::CommonAttributes;
    std::string name;
    std::string description;
    double confidence = 0;   // 0..1
    long long frequency = 0;  // entities (or documents) that show it
    std::vector<std::string> examples;
    QJsonObject evidence;
    QJsonObject suggestedStructure;  // the table it leads to: {tableName, columns: [{name, type, nullable}]}
};

QJsonObject toJson(const Pattern& pattern);

}  // namespace ss::evolve
