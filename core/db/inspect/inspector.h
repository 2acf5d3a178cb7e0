#pragma once

#include "core/db/database_connection.h"
#include "core/spec/schema_model.h"

#include <string>
#include <vector>

namespace ss {

class SnapshotCache;

struct InspectOptions {
    SnapshotCache* cache = nullptr;  // reuse a snapshot while the catalog fingerprint is unchanged
    // Checks and views as the database words them, without the spec texts recorded at apply (schema_texts.h).
    bool databaseWording = false;
    // PostgreSQL: the schemas read beside the connection's current one (and beside those that applies put tables
    // in, which are always read: core/db/schema_texts.h); their tables carry `schema`.
    std::vector<std::string> schemas;

    void readAlso(const std::vector<std::string>& more);  // adds to `schemas` those it does not hold yet
};

struct InspectResult {
    SchemaModel model;
    // What the database holds that the model cannot (expression indexes, exclusion constraints, ...): left out,
    // and said so, rather than silently changed.
    std::vector<std::string> notes;
    std::string error;        // empty on success
    bool fromCache = false;   // the model came from the snapshot cache; only the fingerprint was read
    int catalogQueries = 0;   // queries run against the catalog, the fingerprint included

    bool ok() const { return error.empty(); }
};

// Reads the live schema (PostgreSQL: the connection's current schema; MySQL: its database; SQLite: the main
// database) into a model: tables, columns with portable types (anything else kept as a native type), keys,
// foreign keys with their actions, indexes, unique and check constraints, views, comments, identity columns
// and defaults. One catalog query per kind of object, never one per table. Tables named dbx_* (the project's
// own bookkeeping) are left out. Dimensions and facts are inferred from names and foreign-key shape.
InspectResult inspectDatabase(DatabaseConnection& connection, const InspectOptions& options = {});

}  // namespace ss
