#pragma once

#include "core/spec/schema_model.h"

#include <string>

namespace ss {

// current.yml says what the project's database holds: plans start from it and drift is measured against it. Once
// another spec has been applied, it becomes current. When that spec's file holds exactly the model that was
// applied, its text is copied (comments and layout kept); otherwise (unsaved edits) the applied model is written
// in canonical form. The write is atomic. Returns an empty string on success, else what went wrong and where.
std::string recordAppliedSpec(const SchemaModel& applied, const std::string& specPath, const std::string& currentPath);

}  // namespace ss
