#pragma once

#include <string>

namespace ss {

// Copies what makes FROM a project — dbx.yml, schema_specs/ and seeding_profiles/ with everything below them —
// into the new folder TO, and nothing else (no database, migration or backup). The copy is made beside TO and
// renamed into place, so TO is either the whole copy or absent. Returns an empty string, or what went wrong
// and where.
std::string copyProjectFiles(const std::string& from, const std::string& to);

}  // namespace ss
