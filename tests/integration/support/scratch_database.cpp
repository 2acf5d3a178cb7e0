#include "support/scratch_database.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

namespace {

QString fromEnvFile(const QString& file, const QString& key)
{
    const QString dir = qEnvironmentVariable("SS_TEST_SERVERS_DIR");
    if (dir.isEmpty())
        return {};
    QFile f(dir + "/" + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.startsWith(key + "="))
            return line.mid(key.size() + 1);
    }
    return {};
}

QString uniqueSuffix()
{
    static std::atomic<int> counter{0};
    return QString::number(QCoreApplication::applicationPid()) + "_" + QString::number(++counter);
}

}  // namespace

QString testServerUrl(ss::Dialect dialect)
{
    const QString key = dialect == ss::Dialect::PostgreSql ? "SS_TEST_PG_URL" : "SS_TEST_MYSQL_URL";
    const QString fromEnv = qEnvironmentVariable(key.toUtf8().constData());
    if (!fromEnv.isEmpty())
        return fromEnv;
    return fromEnvFile(dialect == ss::Dialect::PostgreSql ? "postgres.env" : "mariadb.env", key);
}

QSqlDatabase ScratchDatabase::connect(const QString& connectionName, const QString& database)
{
    const QUrl url(testServerUrl(m_dialect));
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect == ss::Dialect::PostgreSql ? "QPSQL" : "QMYSQL", connectionName);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(database);
    if (!db.open())
        m_error = "cannot connect to " + url.toString() + ": " + db.lastError().text();
    return db;
}

ScratchDatabase::ScratchDatabase(ss::Dialect dialect, const QString& tag) : m_dialect(dialect)
{
    m_name = "ss_" + tag + "_" + uniqueSuffix();
    m_connection = m_name;
    if (dialect == ss::Dialect::Sqlite) {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = QSqlDatabase::addDatabase("QSQLITE", m_connection);
        m_db.setDatabaseName(m_dir->filePath(tag + ".db"));
        if (!m_db.open())
            m_error = "cannot open SQLite file: " + m_db.lastError().text();
        return;
    }
    if (QUrl(testServerUrl(dialect)).isEmpty()) {
        m_error = QString("no %1 server: run the tests through ctest, which starts one, or set %2")
                      .arg(ss::toString(dialect), dialect == ss::Dialect::PostgreSql ? "SS_TEST_PG_URL" : "SS_TEST_MYSQL_URL");
        return;
    }
    m_adminConnection = m_name + "_admin";
    QSqlDatabase admin = connect(m_adminConnection, QUrl(testServerUrl(dialect)).path().mid(1));
    if (!m_error.isEmpty())
        return;
    QSqlQuery create(admin);
    if (!create.exec("CREATE DATABASE " + m_name)) {
        m_error = "cannot create database " + m_name + ": " + create.lastError().text();
        return;
    }
    m_db = connect(m_connection, m_name);
}

ScratchDatabase::~ScratchDatabase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    if (m_adminConnection.isEmpty())
        return;
    {
        QSqlDatabase admin = QSqlDatabase::database(m_adminConnection);
        QSqlQuery drop(admin);
        drop.exec(m_dialect == ss::Dialect::PostgreSql ? "DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)"
                                                       : "DROP DATABASE IF EXISTS " + m_name);
        admin.close();
    }
    QSqlDatabase::removeDatabase(m_adminConnection);
}
