#pragma once

#include "core/spec/schema_model.h"

#include <string>
#include <string_view>

namespace ss {

// How the DSL writes a reference to a table of another PostgreSQL schema: `billing.invoices`. A name that
// holds a dot itself is double-quoted (`"a.b"`, `billing."a.b"`) so that the dot is not read as the separator.
std::string qualifiedReference(std::string_view schema, std::string_view name);

// Reads `name`, `schema.name` or their double-quoted parts back; false when the text is not one of them.
bool splitQualifiedName(std::string_view text, std::string& schema, std::string& name);

// The table `qualified` (qualifiedName) names: a table of the current schema so named whole, a dot in its name
// or not, else the table of the schema it is qualified with; null when there is none.
const Table* findQualifiedTable(const SchemaModel& model, std::string_view qualified);

}  // namespace ss
