#pragma once

#include "support/throwaway_server.h"

#include <string>

namespace bench {

// A PostgreSQL for one benchmark run: $SS_TEST_PG_URL when set, else a server of its own started with
// tests/servers/postgres.sh on loopback and stopped again when the object goes.
class ThrowawayPostgres {
public:
    ThrowawayPostgres();

    bool ok() const { return m_error.empty(); }
    const std::string& error() const { return m_error; }

    // postgresql://user@host:port/DATABASE
    std::string url(const std::string& database) const;
    // Drops and creates DATABASE; returns an empty string or the error.
    std::string recreateDatabase(const std::string& database) const;
    // Arguments for a libpq client (psql, pg_dump): -h HOST -p PORT -U USER.
    std::string clientArgs() const;

private:
    ThrowawayServer m_server;
    std::string m_host;
    std::string m_port;
    std::string m_user;
    std::string m_error;
};

}  // namespace bench
