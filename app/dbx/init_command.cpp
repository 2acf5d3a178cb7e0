#include "app/dbx/cli_args.h"
#include "app/dbx/commands.h"

#include "core/project/project_folder.h"

#include <filesystem>
#include <iostream>

namespace dbx {

namespace {

const char* kInitUsage = "Usage: dbx init DIR [--name NAME]";

}  // namespace

int runInit(const std::vector<std::string>& argv)
{
    Args args;
    std::string error;
    if (!args.parse(argv, {"name"}, {"help"}, error)) return usageError("init", error, kInitUsage);
    if (args.has("help")) {
        std::cout << kInitUsage << "\n\nCreate a project folder: dbx.yml (name, dialect, environments), "
                     "schema_specs/current.yml,\nschema_specs/proposals/, migrations/ and seeding_profiles/. "
                     "DIR may exist but must not hold a dbx.yml.\n"
                     "  --name NAME  the project's name (default: the folder's name)\n"
                     "Exit: 0 created, 2 usage error or the folder cannot be a new project.\n";
        return kOk;
    }
    if (args.positionals().size() != 1) return usageError("init", "expected exactly one DIR", kInitUsage);
    const std::string dir = args.positionals()[0];
    std::filesystem::path folder = std::filesystem::absolute(dir).lexically_normal();
    if (!folder.has_filename()) folder = folder.parent_path();  // DIR given with a trailing slash
    const std::string name = args.value("name", folder.filename().string());
    if (const std::string failure = ss::createProject(dir, name); !failure.empty()) {
        std::cerr << "dbx init: " << failure << "\n";
        return kUsage;
    }
    std::cout << "created project '" << name << "' in " << dir
              << ": dbx.yml, schema_specs/current.yml, schema_specs/proposals/, migrations/, seeding_profiles/\n";
    return kOk;
}

}  // namespace dbx
