#pragma once

#include <string>
#include <vector>

namespace ss {

// The tables and views among `names` that a view's SQL mentions (as names, not inside strings), in order of
// first mention, `self` excluded. For catalogs that do not record view dependencies (SQLite, MariaDB).
std::vector<std::string> referencedObjects(const std::string& sql, const std::vector<std::string>& names,
                                           const std::string& self);

}  // namespace ss
