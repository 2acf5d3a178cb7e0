#include "core/project/project_folder.h"

#include "core/sql/dialect.h"
#include "core/util/atomic_file.h"
#include "core/util/snake_case.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace ss {

namespace {

constexpr std::size_t kMaxProjectFileBytes = 1u << 20;
constexpr const char* kDefaultEnvironment = "local";
constexpr const char* kDefaultUrl = "sqlite:local.sqlite";  // relative URLs resolve inside the project

// The warehouse name has to pass the validator's snake_case rule, whatever the project is called.
std::string warehouseName(const std::string& name)
{
    std::string out = snakeCase(name);
    if (out.empty() || std::isdigit(static_cast<unsigned char>(out.front()))) out.insert(0, "w_");
    return out;
}

std::string quoted(const std::string& text)
{
    YAML::Emitter out;
    out << YAML::DoubleQuoted << text;
    return out.c_str();
}

std::string projectFileText(const std::string& name)
{
    return "# Schema Studio project: see `dbx --help`. Connection URLs never hold passwords: those come from\n"
           "# the environment or a credentials file outside the project.\n"
           "name: " + quoted(name) + "\n"
           "dialect: sqlite\n"
           "default_environment: " + std::string(kDefaultEnvironment) + "\n"
           "environments:\n"
           "  " + kDefaultEnvironment + ":\n"
           "    url: " + kDefaultUrl + "\n";
}

std::string currentSpecText(const std::string& name)
{
    return "version: 1\n"
           "warehouse: " + warehouseName(name) + "\n"
           "entities:\n"
           "  dimensions: []\n"
           "  facts: []\n"
           "  tables: []\n";
}

std::string located(const std::string& file, const YAML::Mark& mark, const std::string& message)
{
    if (mark.is_null()) return file + ": " + message;
    return file + ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1) + ": " + message;
}

// Reads a scalar string or reports where the value has the wrong shape.
bool readString(const std::string& file, const std::string& key, const YAML::Node& node, std::string& out,
                std::string& error)
{
    if (!node.IsScalar() || node.Scalar().empty()) {
        error = located(file, node.Mark(), "'" + key + "' must be a non-empty string");
        return false;
    }
    out = node.Scalar();
    return true;
}

std::string readEnvironments(const std::string& file, const YAML::Node& node, Project& project)
{
    if (!node.IsMap()) return located(file, node.Mark(), "'environments' must map a name to {url: ...}");
    for (const auto& entry : node) {
        const std::string envName = entry.first.Scalar();
        const YAML::Node& value = entry.second;
        if (!value.IsMap() || !value["url"]) {
            return located(file, value.Mark(), "environment '" + envName + "' needs a 'url', e.g. {url: " +
                                                   std::string(kDefaultUrl) + "}");
        }
        for (const auto& field : value) {
            if (field.first.Scalar() != "url") {
                return located(file, field.first.Mark(),
                               "unknown key '" + field.first.Scalar() + "' in environment '" + envName +
                                   "' (expected url; passwords come from the environment, never from dbx.yml)");
            }
        }
        std::string error;
        if (!readString(file, "url", value["url"], project.environments[envName], error)) return error;
    }
    return {};
}

std::string readLlm(const std::string& file, const YAML::Node& node, Project& project)
{
    if (!node.IsMap()) return located(file, node.Mark(), "'llm' must be {url: ..., model: ...}");
    std::string error;
    for (const auto& field : node) {
        const std::string key = field.first.Scalar();
        if (key == "url") {
            if (!readString(file, "url", field.second, project.llmUrl, error)) return error;
        } else if (key == "model") {
            if (!readString(file, "model", field.second, project.llmModel, error)) return error;
        } else {
            return located(file, field.first.Mark(),
                           "unknown key '" + key + "' in 'llm' (expected url and model; the API key comes from "
                           "DBX_LLM_API_KEY or the credentials file, never from dbx.yml)");
        }
    }
    return {};
}

std::string readProjectFile(const std::string& file, const YAML::Node& root, Project& project)
{
    if (!root.IsMap()) return located(file, root.Mark(), "expected a mapping with name, dialect and environments");
    project.environments.clear();
    project.defaultEnvironment.clear();
    project.llmUrl.clear();
    project.llmModel.clear();
    YAML::Mark defaultMark;
    std::string error;
    for (const auto& entry : root) {
        const std::string key = entry.first.Scalar();
        const YAML::Node& value = entry.second;
        if (key == "name") {
            if (!readString(file, key, value, project.name, error)) return error;
        } else if (key == "dialect") {
            if (!readString(file, key, value, project.dialect, error)) return error;
            const std::optional<Dialect> known = parseDialect(project.dialect);
            if (known) {
                project.dialect = toString(*known);
            } else {
                return located(file, value.Mark(),
                               "unknown dialect '" + project.dialect + "' (expected sqlite, postgresql, mysql or duckdb)");
            }
        } else if (key == "environments") {
            if (std::string envError = readEnvironments(file, value, project); !envError.empty()) return envError;
        } else if (key == "llm") {
            if (std::string llmError = readLlm(file, value, project); !llmError.empty()) return llmError;
        } else if (key == "default_environment") {
            if (!readString(file, key, value, project.defaultEnvironment, error)) return error;
            defaultMark = value.Mark();
        } else {
            return located(file, entry.first.Mark(),
                           "unknown key '" + key + "' (expected name, dialect, environments, default_environment, llm)");
        }
    }
    if (project.defaultEnvironment.empty() && project.environments.size() == 1) {
        project.defaultEnvironment = project.environments.begin()->first;
    }
    if (project.defaultEnvironment.empty() && !project.environments.empty()) {
        return located(file, root.Mark(), "several environments and no 'default_environment' naming one of them");
    }
    if (!project.defaultEnvironment.empty() && !project.environments.count(project.defaultEnvironment)) {
        return located(file, defaultMark,
                       "default_environment '" + project.defaultEnvironment + "' is not listed under 'environments'");
    }
    return {};
}

}  // namespace

std::string Project::currentSpecPath() const
{
    return (fs::path(specsDir) / "current.yml").string();
}

std::string Project::migrationsDir() const
{
    return (fs::path(dir) / "migrations").string();
}

std::vector<std::string> Project::specPaths() const
{
    std::vector<std::string> paths;
    std::error_code ec;
    for (fs::directory_iterator it(specsDir, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path& path = it->path();
        const bool yaml = path.extension() == ".yml" || path.extension() == ".yaml";
        if (yaml && path.filename() != kProjectFileName && it->is_regular_file(ec)) paths.push_back(path.string());
    }
    std::sort(paths.begin(), paths.end());
    return paths;
}

std::string Project::defaultUrl() const
{
    const auto it = environments.find(defaultEnvironment);
    return it == environments.end() ? std::string() : it->second;
}

std::string createProject(const std::string& dir, const std::string& name)
{
    if (dir.empty()) return "no folder given for the new project";
    if (name.empty()) return "the project needs a name";
    const fs::path root(dir);
    std::error_code ec;
    if (fs::exists(root / kProjectFileName, ec)) {
        return (root / kProjectFileName).string() + ": already exists; this folder is a project already";
    }
    if (fs::exists(root, ec) && !fs::is_directory(root, ec)) return dir + ": exists and is not a folder";
    for (const char* sub : {"schema_specs/proposals", "migrations", "seeding_profiles"}) {
        fs::create_directories(root / sub, ec);
        if (ec) return (root / sub).string() + ": cannot create folder: " + ec.message();
    }
    const fs::path spec = root / "schema_specs" / "current.yml";
    if (!fs::exists(spec, ec)) {
        if (std::string error = writeFileAtomically(spec.string(), currentSpecText(name)); !error.empty()) {
            return error;
        }
    }
    return writeFileAtomically((root / kProjectFileName).string(), projectFileText(name));
}

std::string loadProject(const std::string& dir, Project& project)
{
    std::error_code ec;
    const fs::path root = fs::absolute(fs::path(dir), ec).lexically_normal();
    if (ec || !fs::is_directory(root, ec)) return dir + ": not a folder";
    Project loaded;
    loaded.dir = root.string();
    if (loaded.dir.size() > 1 && loaded.dir.back() == '/') loaded.dir.pop_back();
    const fs::path specs = root / "schema_specs";
    loaded.specsDir = fs::is_directory(specs, ec) ? specs.string() : loaded.dir;
    loaded.name = fs::path(loaded.dir).filename().string();

    const fs::path file = root / kProjectFileName;
    if (!fs::exists(file, ec)) {
        loaded.environments[kDefaultEnvironment] = kDefaultUrl;
        loaded.defaultEnvironment = kDefaultEnvironment;
        project = std::move(loaded);
        return {};
    }
    std::string text;
    std::string error;
    if (!readWholeFile(file.string(), text, error, kMaxProjectFileBytes)) return error;
    try {
        error = readProjectFile(file.string(), YAML::Load(text), loaded);
    } catch (const YAML::Exception& e) {
        error = located(file.string(), e.mark, e.msg);
    }
    if (!error.empty()) return error;
    project = std::move(loaded);
    return {};
}

}  // namespace ss
