#pragma once

#include "core/spec/schema_model.h"

namespace ss {

// Turns what a catalog said into the model a user edits:
// - the project's own bookkeeping tables (dbx_*) and foreign keys to them go;
// - dimensions: named dim_*, or referenced by other tables through an identity single-column primary key,
//   which becomes the surrogate key (a single unique constraint becomes the natural key);
// - facts: named fact_*, or holding foreign keys to at least two dimensions and numeric columns that are neither
//   keys nor references; those columns become measures (aggregation sum), placed last;
// - tables ordered dimensions, facts, then plain tables, each by name; views by name.
// The roles are only a starting point written into the spec, where the user may change them.
void assignTableRoles(SchemaModel& model);

// Whether a table is the project's own bookkeeping (dbx_*), which inspection leaves out.
bool isBookkeepingTable(const std::string& name);

}  // namespace ss
