#pragma once

#include "core/spec/incremental_spec_loader.h"
#include "core/spec/validator.h"
#include "core/spec/yaml_loader.h"

#include <string>
#include <string_view>

namespace ss {

// Loads a spec and, when it loaded without errors, runs the validator rules over it: the one answer that
// `dbx validate` and the Design page both give. Rule findings on a spec that did not load cleanly would mostly
// echo the load errors, so they wait until those are fixed. With options.strict, warnings become errors.
LoadResult checkSpecText(std::string_view text, const ValidationOptions& options = {});
// The same answer for successive versions of one spec being edited, re-reading only what changed.
LoadResult checkSpecText(IncrementalSpecLoader& loader, std::string_view text, const ValidationOptions& options = {});
LoadResult checkSpecFile(const std::string& path, const ValidationOptions& options = {});

}  // namespace ss
