#include "app/dbx/explore_input.h"

#include "app/dbx/database_input.h"

#include "core/db/project_database.h"
#include "core/db/snapshot_cache.h"

#include <filesystem>
#include <iostream>

namespace dbx {

int openExploreInput(const std::string& command, const Args& args, const std::string& usage, ExploreInput& out)
{
    if (!args.has("db") || args.value("db").empty())
        return usageError(command, "--db URL|ENVIRONMENT is required", usage);
    const ss::UrlParseResult target = ss::resolveDatabase(args.value("db"), args.value("project"));
    if (!target.ok())
        return usageError(command, target.error, usage);
    std::optional<ss::SchemaModel> spec;
    if (args.has("spec")) {
        ss::SchemaModel model;
        if (const int code = loadCleanSpec(command, args.value("spec"), model, kUsage); code >= 0)
            return code;
        spec = std::move(model);
    }
    std::string semantic = args.value("semantic");
    if (semantic.empty()) {
        const std::filesystem::path projectFile = std::filesystem::path(args.value("project", ".")) / "semantic.yml";
        if (std::filesystem::exists(projectFile))
            semantic = projectFile.string();
    }
    ss::OpenOptions open;
    open.readOnly = true;
    if (std::string error = out.connection.open(target.url, open); !error.empty()) {
        std::cerr << "dbx " << command << ": " << error << "\n";
        return kUsage;
    }
    ss::SnapshotCache cache(ss::SnapshotCache::defaultDirectory());
    ss::query::LoadedModel loaded = ss::query::loadSemanticModel(out.connection, spec ? &*spec : nullptr, semantic, &cache);
    if (!loaded.error.empty()) {
        std::cerr << "dbx " << command << ": " << loaded.error << "\n";
        return kUsage;
    }
    out.explorer = std::make_unique<ss::query::Explorer>(std::move(loaded.model), target.url.dialect);
    return -1;
}

}  // namespace dbx
