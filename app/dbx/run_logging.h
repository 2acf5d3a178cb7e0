#pragma once

#include "core/db/run_log.h"

#include <string>

namespace dbx {

// Logs `run` in the run log of `database` (a URL, or an environment of the project in `projectDir`); a database
// file not created yet is left alone. A failure is printed as a note of `command` and never changes its exit code.
void logRunIn(const std::string& command, const std::string& database, const std::string& projectDir, const ss::RunRecord& run);

}  // namespace dbx
