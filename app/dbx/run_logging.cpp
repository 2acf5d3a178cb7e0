#include "app/dbx/run_logging.h"

#include "core/db/project_database.h"

#include <iostream>

namespace dbx {

void logRunIn(const std::string& command, const std::string& database, const std::string& projectDir, const ss::RunRecord& run)
{
    const ss::UrlParseResult target = ss::resolveDatabase(database, projectDir);
    if (target.ok() && target.url.isMissingFile())
        return;
    ss::DatabaseConnection connection;
    std::string error = target.ok() ? connection.open(target.url) : target.error;
    if (error.empty())
        error = ss::recordFinishedRun(connection, run);
    if (!error.empty())
        std::cerr << "dbx " << command << ": the run was not logged in " << ss::kRunLogTable << ": " << error << "\n";
}

}  // namespace dbx
