#include "core/db/credentials.h"
#include "core/llm/llm_endpoint.h"
#include "core/project/project_folder.h"
#include "support/run_dbx.h"

#include <catch2/catch.hpp>

#include <QDir>

TEST_CASE("the endpoint comes from the flags, then the environment, then dbx.yml", "[llm]")
{
    ss::Project project;
    project.llmUrl = "http://project:11434/v1";
    project.llmModel = "project-model";
    qunsetenv("DBX_LLM_URL");
    qunsetenv("DBX_LLM_MODEL");
    CHECK(ss::resolveLlmEndpoint("", "", &project).url == "http://project:11434/v1");
    CHECK(ss::resolveLlmEndpoint("", "", &project).origin == "dbx.yml");
    qputenv("DBX_LLM_URL", "http://env:8080");
    qputenv("DBX_LLM_MODEL", "env-model");
    CHECK(ss::resolveLlmEndpoint("", "", &project).url == "http://env:8080");
    CHECK(ss::resolveLlmEndpoint("", "", &project).model == "env-model");
    CHECK(ss::resolveLlmEndpoint("http://flag/v1", "flag-model", &project).model == "flag-model");
    CHECK(ss::resolveLlmEndpoint("http://flag/v1", "", &project).origin == "--llm");
    qunsetenv("DBX_LLM_URL");
    qunsetenv("DBX_LLM_MODEL");
    CHECK_FALSE(ss::resolveLlmEndpoint("", "", nullptr).configured());
}

TEST_CASE("the completions URL is the base URL's /chat/completions unless it is spelled out", "[llm]")
{
    ss::LlmEndpoint e;
    e.url = "http://localhost:11434/v1/";
    CHECK(e.completionsUrl() == "http://localhost:11434/v1/chat/completions");
    e.url = "https://api.example.com/v1/chat/completions";
    CHECK(e.completionsUrl() == "https://api.example.com/v1/chat/completions");
}

TEST_CASE("the API key comes from DBX_LLM_API_KEY or the credentials file's llm line, never from dbx.yml", "[llm]")
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QDir(config.path()).mkpath("schema-studio");
    const QString credentials = config.filePath("schema-studio/credentials");
    writeFile(config, "schema-studio/credentials", "db.example.com:5432:*:ann:pw\nllm.example.com:443:llm:*:sk-file\n");
    QFile::setPermissions(credentials, QFile::ReadOwner | QFile::WriteOwner);
    qunsetenv("DBX_LLM_API_KEY");
    auto found = ss::findLlmKey("llm.example.com", 443);
    REQUIRE(found.password);
    CHECK(*found.password == "sk-file");
    CHECK(found.source == credentials.toStdString());
    CHECK_FALSE(ss::findLlmKey("db.example.com", 5432).password);
    qputenv("DBX_LLM_API_KEY", "sk-env");
    CHECK(*ss::findLlmKey("llm.example.com", 443).password == "sk-env");
    qunsetenv("DBX_LLM_API_KEY");
    qunsetenv("XDG_CONFIG_HOME");

    QTemporaryDir projectDir;
    writeFile(projectDir, "dbx.yml", "name: p\nllm: {url: http://localhost:11434/v1, model: llama3}\n");
    ss::Project project;
    REQUIRE(ss::loadProject(projectDir.path().toStdString(), project).empty());
    CHECK(project.llmUrl == "http://localhost:11434/v1");
    CHECK(project.llmModel == "llama3");
    writeFile(projectDir, "dbx.yml", "name: p\nllm: {url: http://x, api_key: sk-oops}\n");
    const std::string error = ss::loadProject(projectDir.path().toStdString(), project);
    CHECK(error.find("dbx.yml:2:") != std::string::npos);
    CHECK(error.find("never from dbx.yml") != std::string::npos);
}
