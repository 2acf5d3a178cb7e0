#pragma once

#include "core/db/connection_url.h"

#include <string>

namespace ss {

// A database as a user names it on the command line or in the GUI: a URL, or the name of one of the project's
// environments (dbx.yml). Relative SQLite paths resolve against the project folder; `projectDir` empty means
// the current folder.
UrlParseResult resolveDatabase(const std::string& urlOrEnvironment, const std::string& projectDir);

}  // namespace ss
