#include "app/dbx/cli_args.h"
#include "app/dbx/commands.h"
#include "app/dbx/run_logging.h"
#include "app/dbx/spec_input.h"

#include "core/design/design_json.h"
#include "core/design/design_run.h"
#include "core/design/designer.h"
#include "core/project/project_folder.h"
#include "core/spec/yaml_loader.h"
#include "core/util/atomic_file.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <filesystem>
#include <iostream>
#include <memory>

namespace dbx {

namespace {

const char* kDesignUsage = "Usage: dbx design \"PROMPT\" [--base FILE] [--out FILE] [--json] [--offline] [--llm URL] "
                           "[--model NAME] [--project DIR] [--db URL|ENV]";

// Logs the draft in the run log of --db, else of the project's default environment; a folder without dbx.yml
// logs nothing.
void logRun(const Args& args, const ss::Project& project, const ss::RunRecord& run)
{
    const bool projectFile = std::filesystem::exists(std::filesystem::path(project.dir) / ss::kProjectFileName);
    const std::string database = args.has("db") ? args.value("db") : projectFile ? project.defaultEnvironment : std::string();
    if (!database.empty())
        logRunIn("design", database, args.value("project"), run);
}

}  // namespace

int runDesign(const std::vector<std::string>& argv)
{
    Args args;
    std::string error;
    if (!args.parse(argv, {"base", "out", "llm", "model", "project", "db"}, {"json", "offline", "help"}, error))
        return usageError("design", error, kDesignUsage);
    if (args.has("help")) {
        std::cout << kDesignUsage << "\n\nDraft a spec from a sentence, or edit --base with one.\n"
                     "  --base FILE  the spec to edit\n  --out FILE   write the draft there (atomically)\n"
                     "  --json       {ok, yaml, understood[], notUnderstood[], diagnostics[], source}\n"
                     "  --offline    use the offline designer even when a model is configured\n"
                     "  --llm URL    an OpenAI-compatible chat-completions endpoint (else $DBX_LLM_URL, else\n"
                     "               llm: {url, model} in the project's dbx.yml); the key comes from\n"
                     "               $DBX_LLM_API_KEY or the credentials file. No endpoint: offline.\n"
                     "  --model NAME the model to ask (else $DBX_LLM_MODEL, else dbx.yml)\n"
                     "  --project DIR  the project whose dbx.yml names the endpoint (default: .)\n"
                     "  --db URL|ENV the database whose dbx_runs logs the draft (default: the project's\n"
                     "               default environment; a folder without dbx.yml logs nothing)\n"
                     "Exit: 0 drafted, 1 not understood (nothing written), 2 usage error or empty prompt.\n";
        return kOk;
    }
    if (args.positionals().size() != 1)
        return usageError("design", "expected exactly one PROMPT", kDesignUsage);
    const std::string prompt = args.positionals()[0];
    if (prompt.find_first_not_of(" \t\r\n") == std::string::npos)
        return usageError("design", "the prompt is empty", kDesignUsage);

    ss::SchemaModel base;
    if (args.has("base")) {
        const ss::LoadResult loaded = ss::loadSchemaFile(args.value("base"));
        if (!loaded.ok()) {
            printDiagnostics(args.value("base"), loaded.diagnostics, std::cerr);
            return kUsage;
        }
        base = loaded.model;
    }
    ss::Project project;
    const std::string projectDir = args.has("project") ? args.value("project") : ".";
    if (const std::string failed = ss::loadProject(projectDir, project); !failed.empty()) {
        std::cerr << "dbx design: " << failed << "\n";
        return kUsage;
    }
    ss::design::DesignOptions options;
    options.offline = args.has("offline");
    options.endpoint = ss::resolveLlmEndpoint(args.value("llm"), args.value("model"), &project);
    // The model is reached with Qt's network stack, which needs an application object for its event loop.
    std::unique_ptr<QCoreApplication> application;
    if (!options.offline && options.endpoint.configured() && !QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "dbx";
        static char* argvQt[] = {name, nullptr};
        application = std::make_unique<QCoreApplication>(argc, argvQt);
    }
    const std::string startedAt = ss::utcTimestampNow();
    QElapsedTimer clock;
    clock.start();
    const ss::design::DesignResult result = ss::design::design(prompt, args.has("base") ? &base : nullptr, options);
    logRun(args, project, ss::design::designRun(result, prompt, startedAt, clock.elapsed()));
    if (args.has("json"))
        std::cout << QJsonDocument(ss::design::designResultJson(result)).toJson(QJsonDocument::Compact).toStdString() << "\n";
    if (!result.ok) {
        std::cerr << "dbx design: " << result.message << "\n";
        if (!result.yaml.empty())
            printDiagnostics("<draft>", result.diagnostics, std::cerr);
        return kFindings;
    }
    if (!result.message.empty())
        std::cerr << "dbx design: " << result.message << "\n";
    if (args.has("out")) {
        if (const std::string failed = ss::writeFileAtomically(args.value("out"), result.yaml); !failed.empty()) {
            std::cerr << "dbx design: cannot write " << args.value("out") << ": " << failed << "\n";
            return kUsage;
        }
    } else if (!args.has("json")) {
        std::cout << result.yaml;
    }
    if (!args.has("json"))
        for (const auto& u : result.understood)
            std::cerr << "  " << u.role << ": \"" << u.words << "\" -> " << u.table
                      << (u.column.empty() ? "" : "." + u.column) << "\n";
    return kOk;
}

}  // namespace dbx
