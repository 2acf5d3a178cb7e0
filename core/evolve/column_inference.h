#pragma once

#include "core/evolve/attribute_stats.h"
#include "core/spec/data_type.h"

#include <QJsonObject>

#include <string>
#include <vector>

namespace ss::evolve {

// Values of one attribute that do not share a type: reported for the reviewer, never silently cast.
struct TypeConflict {
    std::string attribute;
    std::vector<std::pair<std::string, long long>> kinds;  // kind name, values of that kind
    std::vector<std::string> examples;                     // one value of each kind
    std::string resolution;                                 // what the proposal does about it
};

// The column an attribute becomes, with the evidence it was chosen from.
struct InferredColumn {
    std::string name;  // snake case of the path: name.common -> name_common
    std::string path;
    DataType type;
    bool nullable = true;
    double coverage = 0;  // share of the entities that have the attribute
    long long present = 0;
    long long distinct = 0;
    bool distinctComplete = true;
    bool enumLike = false;  // few distinct values, each repeated: a category
    std::string detector;   // the detector that decided most values
    std::vector<std::string> examples;
    std::vector<std::pair<std::string, long long>> topValues;  // categories: the values and their counts
    std::vector<TypeConflict> conflicts;
};

// The column name of an attribute path: its parts in snake case joined by underscores.
std::string columnNameOf(const std::string& path);

// Chooses a column type from every value seen: booleans; integers (BIGINT past 32 bits); decimals with the
// precision and scale the values need (DOUBLE when written with exponents or beyond DECIMAL(38)); dates and
// timestamps (a mix of both: TIMESTAMP); text sized to its longest value (VARCHAR up to 1,000, TEXT beyond);
// JSON for objects, arrays and values of several kinds. Several scalar kinds are a conflict: the column holds
// them as text and the conflict says so.
InferredColumn inferColumn(const AttributeStats& stats, long long entities);

QJsonObject toJson(const InferredColumn& column);
QJsonObject toJson(const TypeConflict& conflict);

}  // namespace ss::evolve
