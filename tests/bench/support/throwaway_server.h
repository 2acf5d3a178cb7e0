#pragma once

#include <string>

namespace bench {

// A database server for one benchmark run: the URL in the environment variable when it is set, else a server of
// its own started on loopback by tests/servers/SCRIPT (postgres.sh, mariadb.sh) and stopped again when the object
// goes.
class ThrowawayServer {
public:
    ThrowawayServer(const std::string& script, const std::string& urlVariable);
    ~ThrowawayServer();
    ThrowawayServer(const ThrowawayServer&) = delete;
    ThrowawayServer& operator=(const ThrowawayServer&) = delete;

    const std::string& url() const { return m_url; }  // empty when there is none
    const std::string& error() const { return m_error; }

private:
    std::string m_script;
    std::string m_stateDir;
    std::string m_url;
    std::string m_error;
};

// Runs a shell command; returns its exit status.
int runShell(const std::string& command);

}  // namespace bench
