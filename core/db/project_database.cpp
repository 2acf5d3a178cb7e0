#include "core/db/project_database.h"

#include "core/project/project_folder.h"

#include <filesystem>

namespace ss {

namespace {

bool looksLikeUrl(const std::string& text)
{
    return text.find(':') != std::string::npos;
}

}  // namespace

UrlParseResult resolveDatabase(const std::string& urlOrEnvironment, const std::string& projectDir)
{
    std::error_code ec;
    const std::string dir = projectDir.empty() ? std::filesystem::current_path(ec).string() : projectDir;
    if (looksLikeUrl(urlOrEnvironment))
        return parseConnectionUrl(urlOrEnvironment, dir);

    UrlParseResult failed;
    Project project;
    if (std::string error = loadProject(dir, project); !error.empty()) {
        failed.error = "'" + urlOrEnvironment + "' is neither a database URL nor an environment: " + error;
        return failed;
    }
    const auto it = project.environments.find(urlOrEnvironment);
    if (it == project.environments.end()) {
        std::string known;
        for (const auto& [name, url] : project.environments)
            known += (known.empty() ? "" : ", ") + name;
        failed.error = "'" + urlOrEnvironment + "' is neither a database URL nor an environment of the project in " +
                       project.dir + (known.empty() ? std::string(" (it has none)") : " (environments: " + known + ")");
        return failed;
    }
    UrlParseResult parsed = parseConnectionUrl(it->second, project.dir);
    if (!parsed.ok())
        parsed.error = project.dir + "/dbx.yml: environment '" + urlOrEnvironment + "': " + parsed.error;
    return parsed;
}

}  // namespace ss
