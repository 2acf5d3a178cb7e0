#include "support/run_dbx.h"
#include "unit/diagram/diagram_test_support.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

namespace {

const QString kStar = QStringLiteral(SS_SOURCE_DIR "/tests/data/star_schema.yml");

QByteArray head(const QString& path, int bytes)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(bytes) : QByteArray();
}

}  // namespace

TEST_CASE("dbx diagram: every format is written and exits 0")
{
    QTemporaryDir dir;
    const struct {
        const char* file;
        const char* magic;
    } outputs[] = {{"d.svg", "<?xml"}, {"d.png", "\x89PNG"}, {"d.pdf", "%PDF"}, {"d.gv", "digraph er"},
                   {"d.mmd", "erDiagram"}};
    for (const auto& o : outputs) {
        const QString out = dir.filePath(QString::fromLatin1(o.file));
        const DbxRun r = runDbx({QStringLiteral("diagram"), kStar, QStringLiteral("--out"), out});
        INFO(o.file << ": " << r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("7 tables and 8 relationships")));
        CHECK(head(out, 16).startsWith(o.magic));
    }
}

TEST_CASE("dbx diagram: focus, depth and engine")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("focus.svg"));
    const DbxRun r = runDbx({QStringLiteral("diagram"), kStar, QStringLiteral("--format"), QStringLiteral("svg"),
                             QStringLiteral("--out"), out, QStringLiteral("--focus"), QStringLiteral("dim_officer"),
                             QStringLiteral("--depth"), QStringLiteral("2"), QStringLiteral("--engine"),
                             QStringLiteral("neato")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("4 tables and 3 relationships")));
}

TEST_CASE("dbx diagram: a spec with errors exits 1 and writes nothing")
{
    QTemporaryDir dir;
    const QString spec = dir.filePath(QStringLiteral("bad.yml"));
    QFile f(spec);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("version: 1\nentities:\n  tables:\n    - name: t\n      primary_key: [id]\n      columns:\n"
            "        - {name: id, type: INTEGR}\n");
    f.close();
    const QString out = dir.filePath(QStringLiteral("bad.svg"));
    const DbxRun r = runDbx({QStringLiteral("diagram"), spec, QStringLiteral("--out"), out});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("bad.yml:7:")));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("dbx diagram: usage errors and unreadable input exit 2")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.svg"));
    const QString diagram = QStringLiteral("diagram");
    CHECK(runDbx({diagram, kStar}).exitCode == 2);  // no --out
    CHECK(runDbx({diagram, kStar, QStringLiteral("--out"), dir.filePath(QStringLiteral("x.txt"))}).exitCode == 2);
    CHECK(runDbx({diagram, kStar, QStringLiteral("--out"), out, QStringLiteral("--format"), QStringLiteral("gif")}).exitCode == 2);
    CHECK(runDbx({diagram, kStar, QStringLiteral("--out"), out, QStringLiteral("--engine"), QStringLiteral("ortho")}).exitCode == 2);
    CHECK(runDbx({diagram, kStar, QStringLiteral("--out"), out, QStringLiteral("--focus"), QStringLiteral("nope")}).exitCode == 2);
    CHECK(runDbx({diagram, dir.filePath(QStringLiteral("missing.yml")), QStringLiteral("--out"), out}).exitCode == 2);
    CHECK(runDbx({diagram, kStar, QStringLiteral("--db"), QStringLiteral("sqlite:///tmp/x.db"), QStringLiteral("--out"), out})
              .exitCode == 2);  // a spec and a database at once
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("dbx diagram --db draws a live database as inspected")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("live.sqlite"));
    const QString url = QStringLiteral("sqlite://") + db;
    const DbxRun applied = runDbx({QStringLiteral("apply"), QStringLiteral("--target"), kStar, QStringLiteral("--db"), url});
    REQUIRE(applied.exitCode == 0);
    const QString out = dir.filePath(QStringLiteral("live.mmd"));
    const DbxRun r = runDbx({QStringLiteral("diagram"), QStringLiteral("--db"), url, QStringLiteral("--out"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString mermaid = QString::fromUtf8(f.readAll());
    CHECK(mermaid.startsWith(QStringLiteral("erDiagram")));
    for (const ss::Table& t : ss::testing::loadStarSchema().tables)
        CHECK(mermaid.contains(QString::fromStdString(t.name)));
    CHECK_FALSE(mermaid.contains(QStringLiteral("dbx_migrations")));

    const DbxRun missing = runDbx({QStringLiteral("diagram"), QStringLiteral("--db"),
                                   QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("nope/x.sqlite")),
                                   QStringLiteral("--out"), out});
    CHECK(missing.exitCode != 0);
}
