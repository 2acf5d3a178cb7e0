#include "support/throwaway_postgres.h"

#include <QUrl>

#include <cstdlib>
#include <fstream>
#include <map>

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

ThrowawayPostgres::ThrowawayPostgres()
{
    std::string url;
    if (const char* given = std::getenv("SS_TEST_PG_URL"); given && *given) {
        url = given;
    } else {
        char dir[] = "/tmp/ss-bench-XXXXXX";
        if (!::mkdtemp(dir)) {
            m_error = "cannot create a temporary folder";
            return;
        }
        m_stateDir = dir;
        if (runShell(std::string(SS_SOURCE_DIR) + "/tests/servers/postgres.sh start " + m_stateDir + " >&2") != 0) {
            m_error = "tests/servers/postgres.sh could not start PostgreSQL";
            return;
        }
        url = readEnvFile(m_stateDir + "/postgres.env")["SS_TEST_PG_URL"];
    }
    const QUrl parsed(QString::fromStdString(url));
    m_host = parsed.host().toStdString();
    m_port = std::to_string(parsed.port(5432));
    m_user = parsed.userName().toStdString();
    if (m_host.empty())
        m_error = "no PostgreSQL URL";
}

ThrowawayPostgres::~ThrowawayPostgres()
{
    if (!m_stateDir.empty()) {
        runShell(std::string(SS_SOURCE_DIR) + "/tests/servers/postgres.sh stop " + m_stateDir + " >&2");
        runShell("rm -rf " + m_stateDir);
    }
}

std::string ThrowawayPostgres::url(const std::string& database) const
{
    return "postgresql://" + m_user + "@" + m_host + ":" + m_port + "/" + database;
}

std::string ThrowawayPostgres::clientArgs() const
{
    return "-h " + m_host + " -p " + m_port + " -U " + m_user;
}

std::string ThrowawayPostgres::recreateDatabase(const std::string& database) const
{
    const std::string psql = "psql -q -X " + clientArgs() + " -d postgres -c ";
    if (runShell(psql + "'DROP DATABASE IF EXISTS " + database + " WITH (FORCE)' >/dev/null") != 0 ||
        runShell(psql + "'CREATE DATABASE " + database + "' >/dev/null") != 0)
        return "cannot create the database " + database;
    return {};
}

}  // namespace bench
