#pragma once

#include "core/seed/generators/builders.h"
#include "core/spec/source_location.h"

namespace ss::seed {

struct BuildError {
    std::string message;
    SourceLocation loc;  // the case the error is in, else the column's spec
};

// Builds the generator a column's spec names, with its cases when it has `given`. `reference` is not built
// here: foreign keys need the plan's parent tables (seed_plan.cpp).
GeneratorPtr makeGenerator(const GeneratorSpec& spec, GeneratorContext& ctx, BuildError& error);

}  // namespace ss::seed
