#pragma once

#include "core/spec/source_location.h"

#include <string>
#include <vector>

namespace ss {

enum class Severity { Error, Warning, Info };

// A located finding about a spec: from the loader (syntax, structure, types) or a validator rule.
struct Diagnostic {
    Severity severity = Severity::Error;
    std::string ruleId;   // stable id, e.g. "unknown-type", "fk-missing-target"
    std::string message;  // what is wrong, in words a user can act on
    SourceLocation loc;
    std::string hint;     // how to fix it, when there is something useful to say

    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

const char* toString(Severity severity);  // "error", "warning", "note"
bool hasErrors(const std::vector<Diagnostic>& diagnostics);

// The one order diagnostics are shown in: by place, then errors before warnings, then by rule and text. It is
// total, so two loads that find the same things list them identically however they came upon them.
bool diagnosticPrecedes(const Diagnostic& a, const Diagnostic& b);
void sortDiagnostics(std::vector<Diagnostic>& diagnostics);

// Compiler-style line: "file:line:col: error: message [rule-id]".
std::string formatDiagnostic(const std::string& file, const Diagnostic& d);

}  // namespace ss
