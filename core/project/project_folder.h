#pragma once

#include <map>
#include <string>
#include <vector>

namespace ss {

// A project folder (DESIGN.md §3): dbx.yml, schema_specs/ (current.yml, proposals/), migrations/,
// seeding_profiles/.
struct Project {
    std::string dir;                               // the folder, absolute
    std::string specsDir;                          // dir/schema_specs, or dir itself for a bare folder of specs
    std::string name;
    std::string dialect = "sqlite";                // sqlite, postgresql, mysql or duckdb
    std::map<std::string, std::string> environments;  // name -> connection URL (never a password)
    std::string defaultEnvironment;
    std::string llmUrl;                            // llm: {url, model}: an optional chat-completions endpoint
    std::string llmModel;

    std::string currentSpecPath() const;           // specsDir/current.yml
    std::string migrationsDir() const;             // dir/migrations
    std::vector<std::string> specPaths() const;    // the *.yml / *.yaml specs in specsDir, by name; not dbx.yml
    std::string defaultUrl() const;                // the default environment's URL, empty when there is none
};

constexpr const char* kProjectFileName = "dbx.yml";

// Creates the folder layout and a dbx.yml naming `name`, with a SQLite file inside the project as the default
// environment. DIR may exist but must not already hold a dbx.yml. Returns an empty string on success,
// else what went wrong and where.
std::string createProject(const std::string& dir, const std::string& name);

// Reads DIR/dbx.yml into `project`. A folder without dbx.yml is accepted as a bare folder of specs: it is named
// after the folder and uses the SQLite defaults. Returns an empty string on success, else a located error
// ("dbx.yml:4:12: ...").
std::string loadProject(const std::string& dir, Project& project);

}  // namespace ss
