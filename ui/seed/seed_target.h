#pragma once

#include "core/project/project_folder.h"

#include <QString>

namespace ss::ui {

// The database the Seed page fills: the project's default environment, or, for a folder of specs without a
// dbx.yml (the bundled demo), a SQLite file in a writable per-user location named after the folder.
struct SeedTarget {
    std::string url;   // resolved: SQLite paths absolute
    QString display;   // the URL without secrets
    QString note;      // why this database, shown beside it; empty for a project's own environment
    bool sqlite = false;
    QString error;     // the environment's URL is unusable
};

SeedTarget seedTargetFor(const Project& project);

}  // namespace ss::ui
