#include "core/project/current_spec.h"
#include "core/project/project_folder.h"
#include "core/spec/yaml_loader.h"
#include "core/spec/yaml_writer.h"
#include "core/util/atomic_file.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <random>

namespace fs = std::filesystem;

namespace {

// A fresh folder under the system temp dir, removed when the test ends.
struct ScratchDir {
    fs::path path;
    ScratchDir()
    {
        std::random_device rd;
        path = fs::temp_directory_path() / ("ss-project-" + std::to_string(rd()) + std::to_string(rd()));
        fs::create_directories(path);
    }
    ~ScratchDir() { fs::remove_all(path); }
    std::string file(const std::string& name) const { return (path / name).string(); }
};

void write(const std::string& path, const std::string& text)
{
    REQUIRE(ss::writeFileAtomically(path, text).empty());
}

const char* kNextRelease = "# the next release\n"
                           "version: 1\n"
                           "entities:\n"
                           "  tables:\n"
                           "    - name: account   # kept with its comment\n"
                           "      primary_key: [id]\n"
                           "      columns:\n"
                           "        - {name: id, type: INTEGER, nullable: false}\n";

std::string readText(const std::string& path)
{
    std::string text;
    std::string error;
    REQUIRE(ss::readWholeFile(path, text, error, 1 << 20));
    return text;
}

}  // namespace

TEST_CASE("createProject lays out the project folder and loadProject reads it back", "[project]")
{
    ScratchDir scratch;
    const std::string dir = scratch.file("Loan Risk");
    REQUIRE(ss::createProject(dir, "Loan Risk").empty());

    for (const char* sub : {"schema_specs/proposals", "migrations", "seeding_profiles"}) {
        CHECK(fs::is_directory(fs::path(dir) / sub));
    }
    CHECK(fs::is_regular_file(fs::path(dir) / "schema_specs" / "current.yml"));

    ss::Project project;
    REQUIRE(ss::loadProject(dir, project).empty());
    CHECK(project.name == "Loan Risk");
    CHECK(project.dialect == "sqlite");
    CHECK(project.defaultEnvironment == "local");
    CHECK(project.defaultUrl().rfind("sqlite:", 0) == 0);
    CHECK(project.specsDir == (fs::path(dir) / "schema_specs").string());
    CHECK(project.currentSpecPath() == (fs::path(dir) / "schema_specs" / "current.yml").string());

    std::string spec, error;
    REQUIRE(ss::readWholeFile(project.currentSpecPath(), spec, error, 1 << 20));
    CHECK(spec.find("warehouse: loan_risk\n") != std::string::npos);
}

TEST_CASE("createProject refuses a folder that is already a project", "[project]")
{
    ScratchDir scratch;
    REQUIRE(ss::createProject(scratch.path.string(), "first").empty());
    const std::string error = ss::createProject(scratch.path.string(), "second");
    CHECK(error.find("dbx.yml") != std::string::npos);
    CHECK(error.find("already") != std::string::npos);

    ss::Project project;
    REQUIRE(ss::loadProject(scratch.path.string(), project).empty());
    CHECK(project.name == "first");
}

TEST_CASE("createProject keeps an existing current.yml", "[project]")
{
    ScratchDir scratch;
    fs::create_directories(scratch.path / "schema_specs");
    write(scratch.file("schema_specs/current.yml"), "version: 1\nwarehouse: kept\n");
    REQUIRE(ss::createProject(scratch.path.string(), "p").empty());
    std::string spec, error;
    REQUIRE(ss::readWholeFile(scratch.file("schema_specs/current.yml"), spec, error, 1 << 20));
    CHECK(spec == "version: 1\nwarehouse: kept\n");
}

TEST_CASE("createProject refuses a path that is a file", "[project]")
{
    ScratchDir scratch;
    write(scratch.file("plain"), "x");
    CHECK(ss::createProject(scratch.file("plain"), "p").find("not a folder") != std::string::npos);
}

TEST_CASE("loadProject reads environments and the default one", "[project]")
{
    ScratchDir scratch;
    write(scratch.file("dbx.yml"),
          "name: retail\n"
          "dialect: postgresql\n"
          "default_environment: staging\n"
          "environments:\n"
          "  local: {url: \"sqlite:local.sqlite\"}\n"
          "  staging: {url: \"postgresql://app@db.internal:5432/retail\"}\n");
    ss::Project project;
    REQUIRE(ss::loadProject(scratch.path.string(), project).empty());
    CHECK(project.name == "retail");
    CHECK(project.dialect == "postgresql");
    CHECK(project.environments.size() == 2);
    CHECK(project.defaultUrl() == "postgresql://app@db.internal:5432/retail");
}

TEST_CASE("loadProject takes a DuckDB project, and the usual names of a dialect in their own spelling", "[project]")
{
    ScratchDir scratch;
    write(scratch.file("dbx.yml"), "name: stars\ndialect: duckdb\nenvironments:\n  local: {url: \"duckdb:local.duckdb\"}\n");
    ss::Project project;
    REQUIRE(ss::loadProject(scratch.path.string(), project).empty());
    CHECK(project.dialect == "duckdb");
    CHECK(project.defaultUrl() == "duckdb:local.duckdb");
    write(scratch.file("dbx.yml"), "name: shop\ndialect: mariadb\n");
    REQUIRE(ss::loadProject(scratch.path.string(), project).empty());
    CHECK(project.dialect == "mysql");
}

TEST_CASE("loadProject takes the only environment as the default", "[project]")
{
    ScratchDir scratch;
    write(scratch.file("dbx.yml"), "name: x\nenvironments:\n  dev: {url: \"sqlite:dev.sqlite\"}\n");
    ss::Project project;
    REQUIRE(ss::loadProject(scratch.path.string(), project).empty());
    CHECK(project.defaultEnvironment == "dev");
}

TEST_CASE("a project lists its specs by name, without dbx.yml", "[project]")
{
    ScratchDir scratch;
    write(scratch.file("dbx.yml"), "name: bare\n");
    write(scratch.file("sales.yaml"), "version: 1\n");
    write(scratch.file("loans.yml"), "version: 1\n");
    write(scratch.file("notes.txt"), "not a spec");
    fs::create_directories(scratch.path / "old.yml");
    ss::Project project;
    REQUIRE(ss::loadProject(scratch.path.string(), project).empty());
    CHECK(project.specPaths() == std::vector<std::string>{scratch.file("loans.yml"), scratch.file("sales.yaml")});
}

TEST_CASE("loadProject accepts a bare folder of specs", "[project]")
{
    ScratchDir scratch;
    write(scratch.file("sales.yml"), "version: 1\n");
    ss::Project project;
    REQUIRE(ss::loadProject(scratch.path.string() + "/", project).empty());
    CHECK(project.name == scratch.path.filename().string());
    CHECK(project.specsDir == scratch.path.string());
    CHECK(project.defaultEnvironment == "local");
    CHECK_FALSE(project.defaultUrl().empty());
}

TEST_CASE("loadProject reports located errors in dbx.yml", "[project]")
{
    ScratchDir scratch;
    const std::string file = scratch.file("dbx.yml");
    ss::Project project;
    project.name = "untouched";

    SECTION("unknown dialect")
    {
        write(file, "name: x\ndialect: oracle\n");
        CHECK(ss::loadProject(scratch.path.string(), project) ==
              file + ":2:10: unknown dialect 'oracle' (expected sqlite, postgresql, mysql or duckdb)");
    }
    SECTION("unknown key")
    {
        write(file, "name: x\ndialet: sqlite\n");
        CHECK(ss::loadProject(scratch.path.string(), project).find(":2:1: unknown key 'dialet'") != std::string::npos);
    }
    SECTION("default environment not listed")
    {
        write(file, "name: x\ndefault_environment: prod\nenvironments:\n  dev: {url: \"sqlite:d.sqlite\"}\n");
        CHECK(ss::loadProject(scratch.path.string(), project).find(":2:22: default_environment 'prod'") !=
              std::string::npos);
    }
    SECTION("several environments without a default")
    {
        write(file, "environments:\n  a: {url: \"sqlite:a\"}\n  b: {url: \"sqlite:b\"}\n");
        CHECK(ss::loadProject(scratch.path.string(), project).find("no 'default_environment'") != std::string::npos);
    }
    SECTION("a password in an environment")
    {
        write(file, "environments:\n  a: {url: \"postgresql://u@h/db\", password: hunter2}\n");
        CHECK(ss::loadProject(scratch.path.string(), project).find("unknown key 'password'") != std::string::npos);
    }
    SECTION("an environment without url")
    {
        write(file, "environments:\n  a: sqlite:a.sqlite\n");
        CHECK(ss::loadProject(scratch.path.string(), project).find(":2:6: environment 'a' needs a 'url'") !=
              std::string::npos);
    }
    SECTION("malformed YAML")
    {
        write(file, "name: [unclosed\n");
        CHECK(ss::loadProject(scratch.path.string(), project).rfind(file + ":", 0) == 0);
    }
    SECTION("not a mapping")
    {
        write(file, "- a\n- b\n");
        CHECK(ss::loadProject(scratch.path.string(), project).find("expected a mapping") != std::string::npos);
    }
    CHECK(project.name == "untouched");
}

TEST_CASE("loadProject refuses a missing folder", "[project]")
{
    ss::Project project;
    CHECK(ss::loadProject("/nonexistent/ss-project", project) == "/nonexistent/ss-project: not a folder");
}

TEST_CASE("the bundled demo is a project whose default database is a SQLite file inside it", "[project]")
{
    ss::Project demo;
    REQUIRE(ss::loadProject(SS_SOURCE_DIR, demo).empty());
    CHECK(demo.name == "Contoso Finance (demo)");
    CHECK(demo.dialect == "sqlite");
    CHECK(demo.defaultUrl() == "sqlite:local.sqlite");
    CHECK(fs::path(demo.specsDir) == fs::path(SS_SOURCE_DIR) / "schema_specs");
    CHECK(fs::exists(demo.currentSpecPath()));
}

TEST_CASE("an applied spec saved as it was applied becomes current.yml word for word", "[project]")
{
    ScratchDir s;
    write(s.file("next.yml"), kNextRelease);
    write(s.file("current.yml"), "version: 1\n");
    const ss::LoadResult applied = ss::loadSchemaYaml(kNextRelease);
    REQUIRE(applied.ok());
    REQUIRE(ss::recordAppliedSpec(applied.model, s.file("next.yml"), s.file("current.yml")).empty());
    CHECK(readText(s.file("current.yml")) == kNextRelease);
}

TEST_CASE("an applied spec with unsaved edits is written to current.yml as the model that was applied", "[project]")
{
    ScratchDir s;
    write(s.file("next.yml"), kNextRelease);
    ss::LoadResult edited = ss::loadSchemaYaml(kNextRelease);
    REQUIRE(edited.ok());
    edited.model.tables.front().columns.front().description = "edited, not saved";
    const std::string current = s.file("current.yml");
    REQUIRE(ss::recordAppliedSpec(edited.model, s.file("next.yml"), current).empty());
    CHECK(readText(s.file("current.yml")) == ss::saveSchemaYaml(edited.model));
    CHECK(ss::loadSchemaFile(current).model == edited.model);
    CHECK(readText(s.file("next.yml")) == kNextRelease);

    REQUIRE(ss::recordAppliedSpec(edited.model, "", current).empty());  // an untitled spec
    CHECK(ss::loadSchemaFile(current).model == edited.model);
}

TEST_CASE("recording into a folder that cannot be written names the path", "[project]")
{
    ScratchDir s;
    const ss::LoadResult applied = ss::loadSchemaYaml(kNextRelease);
    const std::string error =
        ss::recordAppliedSpec(applied.model, "", s.file("missing/current.yml"));
    CHECK(error.find("missing") != std::string::npos);
}
