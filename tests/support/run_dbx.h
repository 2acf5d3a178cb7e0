#pragma once

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QString>
#include <QStringList>

// Runs the real dbx binary and captures what a user would see.
struct DbxRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline DbxRun runDbx(const QStringList& args, const QString& workingDir = {})
{
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(QStringLiteral(SS_DBX_PATH), args);
    p.waitForFinished(120000);
    DbxRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// dbx with `args`, which must succeed; what it printed is shown when it does not.
inline DbxRun dbxOk(const QStringList& args)
{
    const DbxRun r = runDbx(args);
    INFO("dbx " << args.join(' ').toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r;
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Writes a file into a test's temporary folder and returns its path.
inline QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}
