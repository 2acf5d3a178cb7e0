#include "support/throwaway_server.h"

#include <cstdlib>
#include <fstream>
#include <map>

#include <unistd.h>

namespace bench {

namespace {

std::map<std::string, std::string> readEnvFile(const std::string& path)
{
    std::map<std::string, std::string> values;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line))
        if (const auto eq = line.find('='); eq != std::string::npos)
            values[line.substr(0, eq)] = line.substr(eq + 1);
    return values;
}

}  // namespace

int runShell(const std::string& command)
{
    return std::system(command.c_str());
}

ThrowawayServer::ThrowawayServer(const std::string& script, const std::string& urlVariable)
    : m_script(std::string(SS_SOURCE_DIR) + "/tests/servers/" + script)
{
    if (const char* given = std::getenv(urlVariable.c_str()); given && *given) {
        m_url = given;
        return;
    }
    char dir[] = "/tmp/ss-bench-XXXXXX";
    if (!::mkdtemp(dir)) {
        m_error = "cannot create a temporary folder";
        return;
    }
    m_stateDir = dir;
    if (runShell(m_script + " start " + m_stateDir + " >&2") != 0) {
        m_error = "tests/servers/" + script + " could not start its server";
        return;
    }
    for (const auto& [name, value] : readEnvFile(m_stateDir + "/" + script.substr(0, script.find('.')) + ".env"))
        if (name == urlVariable)
            m_url = value;
    if (m_url.empty())
        m_error = "tests/servers/" + script + " wrote no " + urlVariable;
}

ThrowawayServer::~ThrowawayServer()
{
    if (m_stateDir.empty())
        return;
    runShell(m_script + " stop " + m_stateDir + " >&2");
    runShell("rm -rf " + m_stateDir);
}

}  // namespace bench
