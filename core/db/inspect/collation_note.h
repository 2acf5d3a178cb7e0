#pragma once

#include <string>

namespace ss {

// What inspection says about a column whose collation is not the database's default: the model has no place
// for it, so the user learns that the spec re-creates the column without it.
std::string collationNote(const std::string& table, const std::string& column, const std::string& collation);

}  // namespace ss
