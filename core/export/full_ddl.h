#pragma once

#include "core/spec/schema_model.h"
#include "core/sql/dialect.h"

#include <string>

namespace ss {

// The complete DDL of a spec for one dialect: every statement that creates its tables, keys, indexes, views
// and descriptions on an empty database, in order, each ended by a semicolon. The same renderer as migrations.
std::string fullDdl(const SchemaModel& model, Dialect dialect);

}  // namespace ss
