#pragma once

#include "core/spec/schema_model.h"

#include <string>

namespace ss {

// A Markdown data dictionary of a spec: the ER diagram as Mermaid, then the tables by role (dimensions, facts,
// other tables) with their columns (type, nullability, keys, default, description), measures and grain,
// foreign keys, indexes and checks, then the views with their SQL. The same spec always gives the same bytes.
std::string dataDictionary(const SchemaModel& model);

}  // namespace ss
