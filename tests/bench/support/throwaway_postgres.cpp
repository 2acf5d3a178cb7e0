#include "support/throwaway_postgres.h"

#include <QUrl>

namespace bench {

ThrowawayPostgres::ThrowawayPostgres() : m_server("postgres.sh", "SS_TEST_PG_URL")
{
    if (!m_server.error().empty()) {
        m_error = m_server.error();
        return;
    }
    const QUrl parsed(QString::fromStdString(m_server.url()));
    m_host = parsed.host().toStdString();
    m_port = std::to_string(parsed.port(5432));
    m_user = parsed.userName().toStdString();
    if (m_host.empty())
        m_error = "no PostgreSQL URL";
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
