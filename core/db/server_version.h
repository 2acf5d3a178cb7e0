#pragma once

#include "core/db/database_connection.h"

#include <string>

namespace ss {

// The product and version of an open database ("SQLite 3.40.1", "PostgreSQL 15.4", "MariaDB 10.11.6"), for a
// connection test to show. Returns an empty string or the error.
std::string serverVersion(DatabaseConnection& connection, std::string& out);

}  // namespace ss
