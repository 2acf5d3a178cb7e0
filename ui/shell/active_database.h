#pragma once

#include "core/db/database_connection.h"
#include "core/project/project_folder.h"

#include <QString>

#include <optional>
#include <string>

namespace ss {
class SnapshotCache;
}

namespace ss::ui {

// The database the pages work on (Plan's live side, Apply, the drift banner, Seed): one of the project's
// environments or a URL defined in the connection dialog. A plain value, so that a page can hand a copy to a
// worker thread, which opens its own connection with openActiveDatabase().
struct ActiveDatabase {
    QString environment;  // the dbx.yml environment it comes from; empty for a URL defined in the dialog
    QString url;          // as written; relative SQLite paths resolve against the project folder
    ConnectionUrl resolved;  // parsed and resolved; meaningful only when `error` is empty
    QString error;        // why `url` is not usable
    QString note;         // why this database when the user did not pick it (a folder without dbx.yml)
    // A password typed for this session only: kept in memory, never written to the project or the settings.
    std::optional<std::string> sessionPassword;

    bool isSet() const { return !url.isEmpty(); }
    bool isUsable() const { return isSet() && error.isEmpty(); }
    Dialect dialect() const { return resolved.dialect; }
    // The URL without secrets, as every message and label shows it.
    QString displayUrl() const;
    // "local (sqlite:local.sqlite)" or the display URL: how labels name it.
    QString label() const;
    // What a user confirming a dangerous change types: the SQLite file's name or the server database's name.
    QString databaseName() const;
    // SQLite, DuckDB: the database file does not exist yet (applying creates it).
    bool isMissingDatabaseFile() const;

    friend bool operator==(const ActiveDatabase& a, const ActiveDatabase& b)
    {
        return a.environment == b.environment && a.url == b.url && a.sessionPassword == b.sessionPassword;
    }
};

// The sqlite: (or duckdb:) URL of a file path, escaped as the URL parser reads it (%-escapes, no options).
QString fileUrlOf(const QString& path, Dialect dialect = Dialect::Sqlite);

// Parses `url` against the project folder.
ActiveDatabase activeDatabaseFor(const Project& project, const QString& environment, const QString& url);
// The project's default environment (nothing when it names none); for a folder of specs without a dbx.yml (the
// bundled demo, which may be installed read-only) a SQLite file in the user's data folder, one per folder.
ActiveDatabase defaultActiveDatabase(const Project& project);

// The database last chosen for this project (QSettings: the environment's name, or the URL of one defined in
// the dialog; never a password), else the default environment. A remembered environment that is gone falls
// back to the default.
ActiveDatabase rememberedDatabase(const Project& project);
void rememberDatabase(const Project& project, const ActiveDatabase& database);

// Reading opens SQLite files read-only, so looking never creates or changes one; writing creates a SQLite file that
// is not there yet (the first apply).
enum class Access { Read, Write };

// Opens the database on the calling thread (the session password, when there is one, before any lookup).
// Returns an empty string or why it could not be opened.
std::string openActiveDatabase(DatabaseConnection& connection, const ActiveDatabase& database, Access access);

// Inspected schemas shared by every page and worker of this process (in memory only: the GUI does not write
// the user's cache folder behind their back). Thread-safe.
SnapshotCache& sessionSnapshotCache();

}  // namespace ss::ui
