#pragma once

#include "core/spec/diagnostic.h"
#include "core/spec/schema_model.h"
#include "core/spec/yaml_tree.h"

#include <vector>

namespace ss {

// Turns a parsed YAML document into a SchemaModel, reporting every shape or value problem with its location.
// Reads as much as it can: a bad column does not lose the rest of the table.
SchemaModel readSpec(const YamlDocument& doc, std::vector<Diagnostic>& diagnostics);

// Reads one entry of an `entities` section (a table mapping) found at `node`, appending the table to
// `tables`, with column types naming `types`. Used to re-read just the tables that changed while a spec is edited.
void readTableEntry(const YamlDocument& doc, int node, TableKind kind, const std::vector<UserType>& types,
                    std::vector<Table>& tables, std::vector<Diagnostic>& diagnostics);

// Adds the columns the DSL's shorthand implies (a dimension's surrogate key, undeclared FK columns) and
// defaults the primary key to the surrogate key. Idempotent.
void materializeImpliedColumns(SchemaModel& model);

}  // namespace ss
