#include "support/native_client.h"

#include <QFile>
#include <QProcess>
#include <QUrl>

namespace {

constexpr int kClientTimeoutMs = 300000;

QByteArray readSql(const QString& file, QString& error)
{
    if (!file.endsWith(".gz")) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            error = file + ": " + f.errorString();
            return {};
        }
        return f.readAll();
    }
    QProcess gunzip;
    gunzip.start("gzip", {"-dc", file});
    if (!gunzip.waitForFinished(kClientTimeoutMs) || gunzip.exitCode() != 0) {
        error = file + ": gzip -dc failed: " + QString::fromUtf8(gunzip.readAllStandardError());
        return {};
    }
    return gunzip.readAllStandardOutput();
}

}  // namespace

std::string scratchDatabaseUrl(ScratchDatabase& scratch)
{
    if (scratch.dialect() == ss::Dialect::Sqlite)
        return "sqlite://" + scratch.db().databaseName().toStdString();
    QUrl url(testServerUrl(scratch.dialect()));
    url.setPath("/" + scratch.databaseName());
    return url.toString().toStdString();
}

QString loadWithNativeClient(ScratchDatabase& scratch, const QString& sqlFile)
{
    QString error;
    const QByteArray sql = readSql(sqlFile, error);
    if (!error.isEmpty())
        return error;
    QString program;
    QStringList args;
    const QUrl server(testServerUrl(scratch.dialect()));
    switch (scratch.dialect()) {
    case ss::Dialect::PostgreSql:
        program = "psql";
        args = {"-q", "-X", "-v", "ON_ERROR_STOP=1", "-h", server.host(), "-p", QString::number(server.port()),
                "-U", server.userName(), "-d", scratch.databaseName()};
        break;
    case ss::Dialect::MySql:
        program = "mariadb";
        args = {"--no-defaults", "-h", server.host(), "-P", QString::number(server.port()), "-u", server.userName(),
                scratch.databaseName()};
        break;
    case ss::Dialect::Sqlite:
        program = "sqlite3";
        args = {"-bail", scratch.db().databaseName()};
        break;
    case ss::Dialect::DuckDb: return "DuckDB has no scratch database here";
    }
    QProcess client;
    client.start(program, args);
    if (!client.waitForStarted())
        return program + " could not be started: install it (packaging/install-deps.sh --test)";
    client.write(sql);
    client.closeWriteChannel();
    if (!client.waitForFinished(kClientTimeoutMs))
        return program + " did not finish loading " + sqlFile;
    if (client.exitStatus() != QProcess::NormalExit || client.exitCode() != 0)
        return program + " failed on " + sqlFile + ": " + QString::fromUtf8(client.readAllStandardError());
    return {};
}
