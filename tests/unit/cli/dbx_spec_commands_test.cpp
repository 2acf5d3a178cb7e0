#include "support/run_dbx.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

const QByteArray kValid = "version: 1\n"
                          "entities:\n"
                          "  tables:\n"
                          "    - name: customer\n"
                          "      primary_key: [id]\n"
                          "      columns:\n"
                          "        - {name: id, type: INTEGER, nullable: false}\n"
                          "        - {name: email, type: VARCHAR(200)}\n";

const QByteArray kUnknownType = "version: 1\n"
                                "entities:\n"
                                "  tables:\n"
                                "    - name: customer\n"
                                "      primary_key: [id]\n"
                                "      columns:\n"
                                "        - {name: id, type: VARCHR(10), nullable: false}\n";

}  // namespace

TEST_CASE("dbx validate: a valid spec exits 0")
{
    QTemporaryDir dir;
    const DbxRun r = runDbx({"validate", writeFile(dir, "ok.yml", kValid)});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("valid (1 tables, 0 views)"));
}

TEST_CASE("dbx validate: errors print like a compiler and exit 1")
{
    QTemporaryDir dir;
    const QString file = writeFile(dir, "bad.yml", kUnknownType);
    const DbxRun r = runDbx({"validate", file});
    CHECK(r.exitCode == 1);
    CHECK(r.out.startsWith(file + ":7:28: error: unknown type 'VARCHR(10)'"));
    CHECK(r.out.contains("[unknown-type]"));
}

TEST_CASE("dbx validate --json reports every diagnostic with its location")
{
    QTemporaryDir dir;
    const DbxRun r = runDbx({"validate", "--json", writeFile(dir, "bad.yml", kUnknownType)});
    CHECK(r.exitCode == 1);
    QJsonParseError error{};
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(o["valid"].toBool() == false);
    CHECK(o["errors"].toInt() == 1);
    const QJsonObject d = o["diagnostics"].toArray().at(0).toObject();
    CHECK(d["rule"].toString() == "unknown-type");
    CHECK(d["line"].toInt() == 7);
    CHECK(d["column"].toInt() == 28);
    CHECK(d["severity"].toString() == "error");
}

TEST_CASE("dbx validate --strict turns warnings into a failure")
{
    QTemporaryDir dir;
    QByteArray withWarning = kValid;
    withWarning.replace("      primary_key: [id]\n", "      primary_key: [id]\n      colour: blue\n");
    const QString file = writeFile(dir, "warn.yml", withWarning);
    const DbxRun relaxed = runDbx({"validate", file});
    CHECK(relaxed.exitCode == 0);
    CHECK(relaxed.out.contains("warning: unknown key 'colour'"));
    const DbxRun strict = runDbx({"validate", "--strict", file});
    CHECK(strict.exitCode == 1);
    CHECK(strict.out.contains("error: unknown key 'colour'"));
}

TEST_CASE("dbx validate: usage errors and unreadable files exit 2")
{
    CHECK(runDbx({"validate"}).exitCode == 2);
    CHECK(runDbx({"validate", "--bogus", "x.yml"}).exitCode == 2);
    const DbxRun missing = runDbx({"validate", "/nonexistent/spec.yml"});
    CHECK(missing.exitCode == 2);
    CHECK(missing.out.contains("/nonexistent/spec.yml"));
    CHECK(runDbx({"no-such-command"}).exitCode == 2);
}

TEST_CASE("dbx: --help on every command and --version")
{
    CHECK(runDbx({"--help"}).exitCode == 0);
    CHECK(runDbx({"--version"}).out.startsWith("dbx "));
    for (const char* command : {"validate", "format"}) {
        INFO(command);
        const DbxRun r = runDbx({command, "--help"});
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains("Usage: dbx"));
    }
}

TEST_CASE("dbx format rewrites canonically and --check tells whether it is needed")
{
    QTemporaryDir dir;
    QByteArray messy = kValid;
    messy.replace("type: INTEGER", "type: int");
    const QString file = writeFile(dir, "messy.yml", messy);
    CHECK(runDbx({"format", "--check", file}).exitCode == 1);
    CHECK(readFile(file) == messy);
    const DbxRun formatted = runDbx({"format", file});
    CHECK(formatted.exitCode == 0);
    CHECK(readFile(file) == kValid);
    CHECK(runDbx({"format", "--check", file}).exitCode == 0);
}

TEST_CASE("dbx format keeps files with comments or errors untouched")
{
    QTemporaryDir dir;
    QByteArray commented = "# owned by the risk team\n" + kValid;
    commented.replace("type: INTEGER", "type: int");
    const QString file = writeFile(dir, "commented.yml", commented);
    const DbxRun refused = runDbx({"format", file});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("comment"));
    CHECK(readFile(file) == commented);
    CHECK(runDbx({"format", "--drop-comments", file}).exitCode == 0);
    CHECK(readFile(file) == kValid);

    const QString broken = writeFile(dir, "broken.yml", kUnknownType);
    CHECK(runDbx({"format", broken}).exitCode == 1);
    CHECK(readFile(broken) == kUnknownType);
}
