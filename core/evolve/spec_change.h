#pragma once

#include "core/spec/schema_model.h"

#include <QJsonObject>

#include <string>
#include <utility>
#include <vector>

namespace ss::evolve {

// What a proposal adds to the schema: new tables, and columns, foreign keys and indexes of tables that exist.
// Approving adds it to the project's model; rolling back takes exactly it out again.
struct SpecChange {
    std::vector<Table> tables;
    std::vector<std::pair<std::string, Column>> columns;          // table, column
    std::vector<std::pair<std::string, ForeignKey>> foreignKeys;  // table, foreign key
    std::vector<std::pair<std::string, Index>> indexes;           // table, index

    bool empty() const { return tables.empty() && columns.empty() && foreignKeys.empty() && indexes.empty(); }
    std::vector<std::string> tableNames() const;  // the tables it creates or changes
};

// `model` with the change added. Refuses (and leaves the model alone) when a table to create exists, or a
// table to change does not; returns an empty string or that reason.
std::string addChange(SchemaModel& model, const SpecChange& change);
// `model` without what the change added; what is no longer there is skipped.
void removeChange(SchemaModel& model, const SpecChange& change);

// Tables are kept as the DSL writes them; columns, keys and indexes as small objects.
QJsonObject toJson(const SpecChange& change);
std::string specChangeFromJson(const QJsonObject& json, SpecChange& change);

}  // namespace ss::evolve
