#pragma once

#include "core/spec/diagnostic.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace dbx {

// The file could not be read at all (missing, unreadable, too large): a usage problem, not a spec finding.
bool hasReadProblem(const std::vector<ss::Diagnostic>& diagnostics);

// Compiler-style lines with hints, one per diagnostic.
void printHuman(const std::string& file, const std::vector<ss::Diagnostic>& diagnostics, std::ostream& out);

}  // namespace dbx
