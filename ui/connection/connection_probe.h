#pragma once

#include "ui/shell/active_database.h"

#include <QString>

namespace ss::ui {

// What testing a connection found: connected (with the server's version), a SQLite file that applying will
// create, or the exact error.
struct ProbeResult {
    enum class Kind { Connected, NewSqliteFile, Failed };
    Kind kind = Kind::Failed;
    QString message;
};

// Opens the database on the calling thread (a worker: it may wait for a server) and closes it again. SQLite
// files are opened read-only, so a test never creates or changes one.
ProbeResult probeDatabase(const ActiveDatabase& database);

}  // namespace ss::ui
