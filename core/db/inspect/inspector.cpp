#include "core/db/inspect/inspector.h"

#include "core/db/inspect/catalog_session.h"
#include "core/db/inspect/dialect_readers.h"
#include "core/db/inspect/table_roles.h"
#include "core/db/schema_texts.h"
#include "core/db/snapshot_cache.h"
#include "core/sql/dialect.h"

#include <algorithm>

namespace ss {

namespace {

std::string fingerprint(Dialect dialect, CatalogSession& session, const std::vector<std::string>& schemas)
{
    switch (dialect) {
    case Dialect::PostgreSql: return postgreSqlFingerprint(session, schemas);
    case Dialect::MySql: return mySqlFingerprint(session);
    case Dialect::Sqlite: return sqliteFingerprint(session);
    case Dialect::DuckDb: return duckDbFingerprint(session);
    }
    return {};
}

bool readCatalog(Dialect dialect, CatalogSession& session, CatalogSnapshot& out, const std::vector<std::string>& schemas)
{
    switch (dialect) {
    case Dialect::PostgreSql: return readPostgreSqlCatalog(session, out, schemas);
    case Dialect::MySql: return readMySqlCatalog(session, out);
    case Dialect::Sqlite: return readSqliteCatalog(session, out);
    case Dialect::DuckDb: return readDuckDbCatalog(session, out);
    }
    return false;
}

}  // namespace

void InspectOptions::readAlso(const std::vector<std::string>& more)
{
    for (const std::string& schema : more)
        if (std::find(schemas.begin(), schemas.end(), schema) == schemas.end())
            schemas.push_back(schema);
}

InspectResult inspectDatabase(DatabaseConnection& connection, const InspectOptions& options)
{
    InspectResult result;
    if (!connection.isOpen()) {
        result.error = "the database connection is not open";
        return result;
    }
    const Dialect dialect = connection.dialect();
    CatalogSession session(connection.db());
    InspectOptions reading = options;
    std::vector<std::string> managed;
    if (std::string error = managedSchemas(connection.db(), dialect, managed); !error.empty()) {
        result.error = connection.url().display() + ": " + error;
        return result;
    }
    reading.readAlso(managed);
    const std::vector<std::string>& schemas = reading.schemas;
    // Inspections of different sets of schemas are different snapshots.
    std::string key = connection.url().display();
    for (const std::string& schema : schemas)
        key += " +" + schema;

    // The cache keeps the database's own wording: the recorded spec texts can change without the catalog.
    const auto withSpecTexts = [&](InspectResult& r) {
        if (options.databaseWording || !r.ok())
            return;
        if (std::string error = restoreSchemaTexts(connection.db(), dialect, r.model); !error.empty())
            r.notes.push_back("checks and views are shown as the database words them: " + error);
    };

    std::string print;
    if (options.cache) {
        print = fingerprint(dialect, session, schemas);
        if (auto cached = options.cache->find(key, print)) {
            result.model = std::move(cached->model);
            result.notes = std::move(cached->notes);
            result.fromCache = true;
            result.catalogQueries = session.queries();
            withSpecTexts(result);
            return result;
        }
    }

    CatalogSnapshot snapshot;
    if (!readCatalog(dialect, session, snapshot, schemas)) {
        result.error = key + ": " + session.error();
        result.catalogQueries = session.queries();
        return result;
    }
    assignTableRoles(snapshot.model);
    result.model = std::move(snapshot.model);
    result.notes = std::move(snapshot.notes);
    if (dialect != Dialect::PostgreSql && !options.schemas.empty())
        result.notes.push_back(std::string("the schemas asked for are not read: schemas are PostgreSQL's, and ") +
                               productName(dialect) + " has its tables under their bare names");
    result.catalogQueries = session.queries();
    // The fingerprint was read before the catalog: a change in between makes the next fingerprint differ, so a
    // snapshot is never kept past a change.
    if (options.cache) {
        // A cache that cannot be written costs only speed next time; the inspection itself succeeded.
        if (std::string cacheError = options.cache->store(key, print, {result.model, result.notes}); !cacheError.empty())
            result.notes.push_back("snapshot cache: " + cacheError);
    }
    withSpecTexts(result);
    return result;
}

}  // namespace ss
