#pragma once

#include "core/spec/schema_model.h"

#include <functional>
#include <string_view>

namespace ss::rules {

// A name the spec defines (not one it refers to), with what it names and where it was written.
struct NamedObject {
    const char* kind;      // "table", "view", "column", "index", "foreign key", "unique constraint", "check constraint"
    std::string_view name;
    SourceLocation loc;
    const Table* table;    // the owning table for columns and constraints; the table itself for tables
};

// Visits every defined name: tables, their columns, indexes and named constraints, then views. Optional
// constraint names left empty are skipped: the renderer generates those.
void forEachNamedObject(const SchemaModel& model, const std::function<void(const NamedObject&)>& visit);

}  // namespace ss::rules
