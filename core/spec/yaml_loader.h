#pragma once

#include "core/spec/diagnostic.h"
#include "core/spec/schema_model.h"

#include <string>
#include <string_view>
#include <vector>

namespace ss {

struct LoadResult {
    SchemaModel model;                     // as much of the spec as could be read, even when there are errors
    std::vector<Diagnostic> diagnostics;   // syntax, structure and type errors, located

    bool ok() const { return !hasErrors(diagnostics); }
};

// Largest spec accepted; bigger input is refused with a located error instead of exhausting memory.
constexpr std::size_t kMaxSpecBytes = 32u * 1024u * 1024u;

// Reads a spec written in the DSL (DESIGN.md §4). Never throws and never crashes on bad input: malformed YAML,
// wrong shapes, invalid UTF-8, deep nesting and alias bombs all come back as diagnostics.
LoadResult loadSchemaYaml(std::string_view text);
LoadResult loadSchemaFile(const std::string& path);

}  // namespace ss
