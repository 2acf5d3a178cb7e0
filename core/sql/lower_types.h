#pragma once

#include "core/plan/plan.h"
#include "core/spec/schema_model.h"
#include "core/sql/dialect.h"

namespace ss {

// The model as a dialect without declared types holds it, so that a plan against such a database compares
// like with like: each column of a declared type gets the type written out and the types are gone. An enum
// becomes MySQL's ENUM, elsewhere its text type with a check on the values; a domain becomes its base type
// with its NOT NULL, its default where the column has none and its checks on the column. PostgreSQL keeps
// the types: the model comes back unchanged.
SchemaModel lowerTypes(const SchemaModel& model, Dialect dialect);

// The model as `dialect` holds it: the types lowered as above, and only the functions written for that dialect.
SchemaModel modelFor(const SchemaModel& model, Dialect dialect);

// The plan that turns `current` into `target` on `dialect`: both taken as that dialect holds them first, so
// that a spec's declared types compare equal to what a database without them holds, and another dialect's
// functions are neither created nor dropped.
Plan diffFor(const SchemaModel& current, const SchemaModel& target, Dialect dialect);

}  // namespace ss
