#pragma once

#include "support/scratch_database.h"

#include <QString>

#include <string>

// The URL dbx uses for a scratch database: the throwaway server's, naming the scratch database, or the
// SQLite file.
std::string scratchDatabaseUrl(ScratchDatabase& scratch);

// Loads a SQL file (gzip-compressed when it ends in .gz) into a scratch database with the dialect's own
// command-line client (psql, mariadb, sqlite3), stopping at the first error. Returns an empty string, or
// what the client said.
QString loadWithNativeClient(ScratchDatabase& scratch, const QString& sqlFile);
