#pragma once

#include "core/spec/diagnostic.h"

#include <ostream>
#include <string>
#include <vector>

namespace dbx {

// True when a diagnostic says the file could not be read at all (exit 2 rather than 1).
bool isReadProblem(const ss::Diagnostic& d);
bool hasReadProblem(const std::vector<ss::Diagnostic>& diagnostics);

// Compiler-style lines, each followed by its hint.
void printDiagnostics(const std::string& file, const std::vector<ss::Diagnostic>& diagnostics, std::ostream& out);

}  // namespace dbx
