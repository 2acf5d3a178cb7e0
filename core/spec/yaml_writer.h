#pragma once

#include "core/spec/schema_model.h"

#include <string>

namespace ss {

// The one canonical text of a model: stable key order, one column per line, implied columns left out.
// The same model always gives byte-identical text, and loadSchemaYaml(saveSchemaYaml(m)).model == m.
std::string saveSchemaYaml(const SchemaModel& model);

// Writes the canonical text atomically; returns an empty string on success, else why it failed.
std::string saveSchemaFile(const std::string& path, const SchemaModel& model);

}  // namespace ss
