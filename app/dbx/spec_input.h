#pragma once

#include "core/spec/yaml_loader.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace dbx {

// Loads and, when the spec could be read without errors, validates it. Rule findings on a spec that did not
// load cleanly would mostly echo the load errors, so they wait until those are fixed.
ss::LoadResult loadAndValidate(const std::string& file, bool strict);

// The file could not be read at all (missing, unreadable, too large): a usage problem, not a spec finding.
bool hasReadProblem(const std::vector<ss::Diagnostic>& diagnostics);

// Compiler-style lines with hints, one per diagnostic.
void printHuman(const std::string& file, const std::vector<ss::Diagnostic>& diagnostics, std::ostream& out);

}  // namespace dbx
