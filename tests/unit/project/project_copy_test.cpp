#include "core/project/project_copy.h"
#include "core/project/project_folder.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace ss;

TEST_CASE("copyProjectFiles copies dbx.yml, the specs and the profiles, never a database")
{
    QTemporaryDir from;
    REQUIRE(createProject(from.path().toStdString(), "Shop").empty());
    QFile database(from.filePath(QStringLiteral("local.sqlite")));
    REQUIRE(database.open(QIODevice::WriteOnly));
    database.write("not copied");
    database.close();
    QDir(from.path()).mkpath(QStringLiteral("schema_specs/proposals"));
    QFile proposal(from.filePath(QStringLiteral("schema_specs/proposals/p1.yml")));
    REQUIRE(proposal.open(QIODevice::WriteOnly));
    proposal.write("version: 1\n");
    proposal.close();
    QFile::setPermissions(proposal.fileName(), QFileDevice::ReadOwner);

    QTemporaryDir scratch;
    const QString to = scratch.filePath(QStringLiteral("nested/copy"));
    REQUIRE(copyProjectFiles(from.path().toStdString(), to.toStdString()).empty());
    Project project;
    REQUIRE(loadProject(to.toStdString(), project).empty());
    CHECK(project.name == "Shop");
    CHECK(QFileInfo::exists(to + QStringLiteral("/schema_specs/proposals/p1.yml")));
    CHECK(QFileInfo(to + QStringLiteral("/schema_specs/proposals/p1.yml")).permissions().testFlag(QFileDevice::WriteOwner));
    CHECK_FALSE(QFileInfo::exists(to + QStringLiteral("/local.sqlite")));
    CHECK_FALSE(QFileInfo::exists(to + QStringLiteral(".partial")));
}

TEST_CASE("copyProjectFiles refuses a folder that is not a project and a target that exists, writing nothing")
{
    QTemporaryDir empty;
    QTemporaryDir scratch;
    const QString to = scratch.filePath(QStringLiteral("copy"));
    const std::string notProject = copyProjectFiles(empty.path().toStdString(), to.toStdString());
    CHECK(notProject.find("not a project") != std::string::npos);
    CHECK_FALSE(QFileInfo::exists(to));

    QTemporaryDir from;
    REQUIRE(createProject(from.path().toStdString(), "Shop").empty());
    const std::string exists = copyProjectFiles(from.path().toStdString(), scratch.path().toStdString());
    CHECK(exists.find("already exists") != std::string::npos);
}
