#pragma once

#include "core/spec/diagnostic.h"
#include "core/spec/schema_model.h"

#include <vector>

namespace ss {

struct ValidationOptions {
    bool strict = false;  // warnings become errors
};

// Runs every rule of core/spec/rules over the model. Diagnostics are sorted by location.
std::vector<Diagnostic> validate(const SchemaModel& model, const ValidationOptions& options = {});

}  // namespace ss
