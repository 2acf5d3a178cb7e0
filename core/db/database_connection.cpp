#include "core/db/database_connection.h"

#include "core/db/credentials.h"
#include "core/db/duckdb/duckdb_sql_driver.h"

#include <QSqlError>
#include <QThread>

#include <atomic>
#include <filesystem>

namespace ss {

namespace {

constexpr const char* kDefaultConnectTimeoutSeconds = "10";

QString uniqueConnectionName()
{
    static std::atomic<unsigned> counter{0};
    return QStringLiteral("dbx_%1_%2")
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16)
        .arg(++counter);
}

const char* driverName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::Sqlite: return "QSQLITE";
    case Dialect::PostgreSql: return "QPSQL";
    case Dialect::MySql: return "QMYSQL";
    case Dialect::DuckDb: return kDuckDbDriverName;
    }
    return "QSQLITE";
}

std::string serverDescription(const ConnectionUrl& url)
{
    return std::string(productName(url.dialect)) + " at " + (url.host.empty() ? "the local socket" : url.host) + ":" +
           std::to_string(url.effectivePort()) + ", database '" + url.database + "'" +
           (url.user.empty() ? std::string() : ", user '" + url.user + "'");
}

QString connectOptions(const ConnectionUrl& url)
{
    const auto timeout = url.options.count("connect_timeout") ? url.options.at("connect_timeout")
                                                               : std::string(kDefaultConnectTimeoutSeconds);
    if (url.dialect == Dialect::MySql)
        return QString::fromStdString("MYSQL_OPT_CONNECT_TIMEOUT=" + timeout);
    // Notices ("relation ... already exists, skipping") would reach the user's terminal through libpq.
    QString options = QString::fromStdString("connect_timeout=" + timeout + ";options='-c client_min_messages=warning'");
    if (url.options.count("sslmode"))
        options += QString::fromStdString(";sslmode=" + url.options.at("sslmode"));
    return options;
}

}  // namespace

DatabaseConnection::~DatabaseConnection()
{
    close();
}

void DatabaseConnection::close()
{
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

std::string DatabaseConnection::open(const ConnectionUrl& url, const OpenOptions& options)
{
    close();
    m_url = url;
    if (url.dialect == Dialect::DuckDb) {
        registerDuckDbSqlDriver();
        if (!QSqlDatabase::isDriverAvailable(kDuckDbDriverName))
            return "this build has no DuckDB: run packaging/fetch-duckdb.sh, then configure and build again";
    } else if (!QSqlDatabase::isDriverAvailable(driverName(url.dialect)))
        return std::string("the Qt SQL driver ") + driverName(url.dialect) + " is not installed (Debian: libqt6sql6-" +
               (url.dialect == Dialect::PostgreSql ? "psql" : url.dialect == Dialect::MySql ? "mysql" : "sqlite") + ")";

    if (url.dialect == Dialect::Sqlite && !options.createFile) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(url.path, ec))
            return "no SQLite database at " + url.path + " (the file does not exist)";
    }

    m_name = uniqueConnectionName();
    m_db = QSqlDatabase::addDatabase(driverName(url.dialect), m_name);
    PasswordLookup password;
    if (url.dialect == Dialect::Sqlite) {
        m_db.setDatabaseName(QString::fromStdString(url.path));
        if (options.readOnly)
            m_db.setConnectOptions("QSQLITE_OPEN_READONLY");
    } else if (url.dialect == Dialect::DuckDb) {
        m_db.setDatabaseName(QString::fromStdString(url.path));
        if (!options.createFile)
            m_db.setConnectOptions("DUCKDB_MUST_EXIST");
    } else {
        m_db.setHostName(QString::fromStdString(url.host));
        m_db.setPort(url.effectivePort());
        m_db.setDatabaseName(QString::fromStdString(url.database));
        m_db.setUserName(QString::fromStdString(url.user));
        m_db.setConnectOptions(connectOptions(url));
        if (options.password) {
            password.password = options.password;
            password.source = "the password given for this session";
        } else {
            password = findPassword(url);
        }
        if (password.password)
            m_db.setPassword(QString::fromStdString(*password.password));
    }
    if (m_db.open())
        return {};

    if (url.dialect == Dialect::DuckDb) {
        std::string message = m_db.lastError().text().trimmed().toStdString();
        close();
        return message;
    }
    std::string message = url.dialect == Dialect::Sqlite ? "cannot open the SQLite database " + url.path
                                                         : "cannot connect to " + serverDescription(url);
    message += ": " + m_db.lastError().text().trimmed().toStdString();
    if (url.dialect != Dialect::Sqlite) {
        message += password.password ? " (password from " + password.source + ")"
                                     : " (no password found in the environment or a credentials file)";
        for (const auto& skipped : password.skipped)
            message += "; " + skipped;
    }
    close();
    return message;
}

std::string openDatabase(DatabaseConnection& connection, const std::string& text, const std::string& baseDir,
                         const OpenOptions& options)
{
    const UrlParseResult parsed = parseConnectionUrl(text, baseDir);
    if (!parsed.ok())
        return parsed.error;
    return connection.open(parsed.url, options);
}

}  // namespace ss
