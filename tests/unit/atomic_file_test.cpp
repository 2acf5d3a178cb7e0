#include "core/util/atomic_file.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <filesystem>
#include <sys/stat.h>

using namespace ss;

TEST_CASE("an atomic write creates, replaces and leaves no temporary files")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::string path = dir.filePath("spec.yml").toStdString();
    REQUIRE(writeFileAtomically(path, "first").empty());
    ::chmod(path.c_str(), 0600);
    REQUIRE(writeFileAtomically(path, "second, longer content").empty());

    std::string content;
    std::string error;
    REQUIRE(readWholeFile(path, content, error, 1024));
    CHECK(content == "second, longer content");
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    int entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path().toStdString()))
        ++entries;
    CHECK(entries == 1);
}

TEST_CASE("a failed atomic write names the path and leaves the old file intact")
{
    QTemporaryDir dir;
    const std::string missing = dir.filePath("no/such/dir/spec.yml").toStdString();
    const std::string error = writeFileAtomically(missing, "x");
    CHECK(error.find("no/such/dir") != std::string::npos);
}

TEST_CASE("reading refuses files over the limit and folders")
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("big").toStdString();
    REQUIRE(writeFileAtomically(path, std::string(4096, 'x')).empty());
    std::string content;
    std::string error;
    CHECK_FALSE(readWholeFile(path, content, error, 1024));
    CHECK(error.find("limit") != std::string::npos);
    CHECK_FALSE(readWholeFile(dir.path().toStdString(), content, error, 1024));
    CHECK(error.find("not a regular file") != std::string::npos);
}
