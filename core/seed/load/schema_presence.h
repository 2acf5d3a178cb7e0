#pragma once

#include "core/db/database_connection.h"
#include "core/seed/seed_plan.h"

#include <string>
#include <vector>

namespace ss::seed {

// What the database lacks of the tables and columns a plan fills, and which of them already hold rows.
struct SchemaPresence {
    std::vector<std::string> missingTables;
    std::vector<std::string> missingColumns;  // "table.column", of tables that exist
    std::vector<std::string> tablesWithRows;
    // PostgreSQL: tables of the spec in another schema than the current one, which seeding does not fill.
    std::vector<std::string> inOtherSchemas;
    std::string error;  // a query failed

    bool complete() const { return missingTables.empty() && missingColumns.empty() && inOtherSchemas.empty(); }
    // "the database lacks ...: create the schema first (dbx apply)", or empty when complete.
    std::string missingMessage() const;
};

SchemaPresence checkSchemaPresence(DatabaseConnection& connection, const SeedPlan& plan);

// "a, b and c".
std::string listNames(const std::vector<std::string>& names);

}  // namespace ss::seed
