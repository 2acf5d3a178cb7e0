#include "core/spec/incremental_spec_loader.h"
#include "core/spec/yaml_loader.h"
#include "core/spec/yaml_text.h"
#include "support/run_dbx.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <fstream>
#include <sstream>

using namespace ss;

namespace {

// A spec with one error five lines into its only table, and a comment and blank lines above it, so that a
// miscounted line break anywhere moves the error.
const std::string kSpec = "version: 1\n"
                          "# saved on another system\n"
                          "\n"
                          "entities:\n"
                          "  tables:\n"
                          "    - name: customer\n"
                          "      primary_key: [id]\n"
                          "      columns:\n"
                          "        - {name: id, type: INTEGER, nullable: false}\n"
                          "        - {name: email, type: VARCHR(10)}\n";
constexpr int kErrorLine = 10;
constexpr int kErrorColumn = 31;

std::string withBreaks(const std::string& text, const std::string& lineBreak)
{
    std::string out;
    for (char c : text) {
        if (c == '\n')
            out += lineBreak;
        else
            out += c;
    }
    return out;
}

std::string readBundledSpec(const char* name)
{
    std::ifstream in(std::string(SS_SOURCE_DIR "/schema_specs/") + name);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void requireBothLoadersAgree(const std::string& text)
{
    const LoadResult whole = loadSchemaYaml(text);
    IncrementalSpecLoader loader;
    const LoadResult sliced = loader.load(text);
    REQUIRE(sliced.model == whole.model);
    REQUIRE(sliced.diagnostics == whole.diagnostics);
}

}  // namespace

TEST_CASE("CRLF and bare CR line breaks become LF before any reader counts lines")
{
    CHECK(normalizeLineBreaks("a\r\nb\rc\n\r\nd\r") == "a\nb\nc\n\nd\n");
    CHECK(normalizeLineBreaks("\r\r\n") == "\n\n");
    CHECK(normalizeLineBreaks("no breaks") == "no breaks");
}

TEST_CASE("a spec saved with CRLF, CR or mixed line breaks loads as the LF spec, at the same lines and columns")
{
    const LoadResult reference = loadSchemaYaml(kSpec);
    REQUIRE(reference.diagnostics.size() == 1);
    CHECK(reference.diagnostics[0].loc.line == kErrorLine);
    CHECK(reference.diagnostics[0].loc.column == kErrorColumn);

    const std::string mixed = withBreaks(kSpec.substr(0, 60), "\r\n") + withBreaks(kSpec.substr(60), "\r");
    for (const std::string& text : {withBreaks(kSpec, "\r\n"), withBreaks(kSpec, "\r"), mixed}) {
        const LoadResult whole = loadSchemaYaml(text);
        CHECK(whole.model == reference.model);
        CHECK(whole.diagnostics == reference.diagnostics);
        IncrementalSpecLoader loader;
        const LoadResult sliced = loader.load(text);
        CHECK(sliced.model == reference.model);
        CHECK(sliced.diagnostics == reference.diagnostics);
    }
}

TEST_CASE("the bundled specs saved with CRLF load as they do with LF, sliced and whole")
{
    for (const char* name : {"loan_risk.yml", "retail_sales.yml", "current.yml"}) {
        INFO(name);
        const std::string lf = readBundledSpec(name);
        const std::string crlf = withBreaks(lf, "\r\n");
        requireBothLoadersAgree(crlf);
        const LoadResult fromCrlf = loadSchemaYaml(crlf);
        const LoadResult fromLf = loadSchemaYaml(lf);
        CHECK(fromCrlf.model == fromLf.model);
        REQUIRE(fromCrlf.model.tables.size() == fromLf.model.tables.size());
        for (std::size_t t = 0; t < fromLf.model.tables.size(); ++t)
            CHECK(fromCrlf.model.tables[t].loc.line == fromLf.model.tables[t].loc.line);
    }
}

TEST_CASE("a run of bare carriage returns after a broken table loads the same sliced and whole")
{
    // The fuzzer's input that once made the incremental loader disagree with the whole load.
    std::string text = "version: 1\nentities:\n  dimensions:\n    - name: d\n      surro\n";
    text += std::string(33, '\n') + std::string(150, '\r') + std::string(46, '\n');
    requireBothLoadersAgree(text);
}

TEST_CASE("dbx validate reports a CRLF or CR spec's error at the line and column of the LF spec")
{
    QTemporaryDir dir;
    for (const char* lineBreak : {"\n", "\r\n", "\r"}) {
        INFO(QByteArray(lineBreak).toHex().toStdString());
        const QString file = writeFile(dir, "spec.yml", QByteArray::fromStdString(withBreaks(kSpec, lineBreak)));
        const DbxRun r = runDbx({"validate", file});
        CHECK(r.exitCode == 1);
        CHECK(r.out.startsWith(file + QStringLiteral(":%1:%2: error: unknown type 'VARCHR(10)'")
                                          .arg(kErrorLine)
                                          .arg(kErrorColumn)));
    }
}
