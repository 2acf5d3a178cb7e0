#pragma once

#include <string>
#include <vector>

namespace dbx {

using CommandFn = int (*)(const std::vector<std::string>& args);

struct Command {
    const char* name;
    const char* summary;
    CommandFn run;
};

// Every command of dbx, in the order `dbx --help` lists them. One line here per command file.
const std::vector<Command>& commands();

int runValidate(const std::vector<std::string>& args);
int runFormat(const std::vector<std::string>& args);
int runPlan(const std::vector<std::string>& args);
int runImpact(const std::vector<std::string>& args);
int runInit(const std::vector<std::string>& args);
int runDiagram(const std::vector<std::string>& args);
int runInspect(const std::vector<std::string>& args);
int runSeed(const std::vector<std::string>& args);
int runReport(const std::vector<std::string>& args);
int runApply(const std::vector<std::string>& args);
int runDrift(const std::vector<std::string>& args);
int runDesign(const std::vector<std::string>& args);
int runGenerate(const std::vector<std::string>& args);
int runDocs(const std::vector<std::string>& args);
int runRuns(const std::vector<std::string>& args);
int runServe(const std::vector<std::string>& args);
int runAsk(const std::vector<std::string>& args);
int runSuggestQueries(const std::vector<std::string>& args);
int runEvolve(const std::vector<std::string>& args);

}  // namespace dbx
