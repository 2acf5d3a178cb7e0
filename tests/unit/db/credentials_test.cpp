#include "core/db/credentials.h"

#include "core/util/atomic_file.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

#include <sys/stat.h>

#include <cstdlib>

using namespace ss;

namespace {

// Sets an environment variable for one test and puts back what was there.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const std::string& value) : m_name(name)
    {
        if (const char* old = std::getenv(name))
            m_old = old;
        ::setenv(name, value.c_str(), 1);
    }
    ~ScopedEnv()
    {
        if (m_old)
            ::setenv(m_name, m_old->c_str(), 1);
        else
            ::unsetenv(m_name);
    }

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

ConnectionUrl server(Dialect dialect)
{
    ConnectionUrl url;
    url.dialect = dialect;
    url.user = "ann";
    url.host = "db.example";
    url.port = 5432;
    url.database = "warehouse";
    return url;
}

}  // namespace

TEST_CASE(".pgpass lines match on host, port, database and user, with wildcards and escapes", "[db][credentials]")
{
    const std::string text = "# comment\n"
                             "other:5432:warehouse:ann:wrong\n"
                             "db.example:5432:warehouse:bob:wrong\n"
                             "db.example:*:warehouse:ann:pa\\:ss\\\\word\n"
                             "*:*:*:*:fallback\n";
    CHECK(findInPasswordFile(text, "db.example", 5432, "warehouse", "ann") == std::optional<std::string>("pa:ss\\word"));
    CHECK(findInPasswordFile(text, "elsewhere", 1, "x", "y") == std::optional<std::string>("fallback"));
    CHECK(findInPasswordFile("localhost:5432:db:ann:local\n", "", 5432, "db", "ann") == std::optional<std::string>("local"));
    CHECK_FALSE(findInPasswordFile("db.example:5432:warehouse:ann\n", "db.example", 5432, "warehouse", "ann"));
}

TEST_CASE("passwords come from the dialect's variable, then DBX_PASSWORD, then files", "[db][credentials]")
{
    QTemporaryDir home;
    ScopedEnv h("HOME", home.path().toStdString());
    ScopedEnv x("XDG_CONFIG_HOME", home.filePath("config").toStdString());
    ScopedEnv pgfile("PGPASSFILE", home.filePath("pgpass").toStdString());
    ::unsetenv("PGPASSWORD");
    ::unsetenv("MYSQL_PWD");
    ::unsetenv("DBX_PASSWORD");

    CHECK_FALSE(findPassword(server(Dialect::PostgreSql)).password);

    const std::string pgpass = home.filePath("pgpass").toStdString();
    REQUIRE(writeFileAtomically(pgpass, "*:*:warehouse:ann:from-file\n").empty());
    SECTION("a file others can read is skipped, and the reason kept")
    {
        ::chmod(pgpass.c_str(), 0644);
        const PasswordLookup lookup = findPassword(server(Dialect::PostgreSql));
        CHECK_FALSE(lookup.password);
        REQUIRE(lookup.skipped.size() == 1);
        CHECK(lookup.skipped.front().find("chmod 600") != std::string::npos);
    }
    SECTION("an owner-only file is read")
    {
        ::chmod(pgpass.c_str(), 0600);
        const PasswordLookup lookup = findPassword(server(Dialect::PostgreSql));
        CHECK(lookup.password == std::optional<std::string>("from-file"));
        CHECK(lookup.source == pgpass);

        ScopedEnv dbx("DBX_PASSWORD", "from-dbx");
        CHECK(findPassword(server(Dialect::PostgreSql)).source == "DBX_PASSWORD");
        ScopedEnv pg("PGPASSWORD", "from-pg");
        CHECK(findPassword(server(Dialect::PostgreSql)).password == std::optional<std::string>("from-pg"));
    }
    SECTION("MySQL reads MYSQL_PWD or the Schema Studio credentials file, never .pgpass")
    {
        ::chmod(pgpass.c_str(), 0600);
        CHECK_FALSE(findPassword(server(Dialect::MySql)).password);
        REQUIRE(QDir().mkpath(home.filePath("config/schema-studio")));
        REQUIRE(writeFileAtomically(credentialsFilePath(), "db.example:5432:warehouse:ann:mysql-secret\n").empty());
        ::chmod(credentialsFilePath().c_str(), 0600);
        CHECK(findPassword(server(Dialect::MySql)).password == std::optional<std::string>("mysql-secret"));
        ScopedEnv pwd("MYSQL_PWD", "from-env");
        CHECK(findPassword(server(Dialect::MySql)).source == "MYSQL_PWD");
    }
}
