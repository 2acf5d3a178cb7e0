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

// The table `qualified` (qualifiedName) names, looked up with find(schema, name): a table of the current schema
// so named whole, a dot in its name or not, else the table of the schema it is qualified with; null when none.
template <typename Find>
const Table* findQualified(std::string_view qualified, Find find)
{
    if (const Table* table = find(std::string_view(), qualified))
        return table;
    std::string schema;
    std::string name;
    return splitQualifiedName(qualified, schema, name) ? find(std::string_view(schema), std::string_view(name)) : nullptr;
}

// findQualified over the model's tables.
const Table* findQualifiedTable(const SchemaModel& model, std::string_view qualified);

}  // namespace ss
