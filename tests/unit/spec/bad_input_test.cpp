#include "core/spec/yaml_loader.h"

#include <catch2/catch.hpp>

#include <string>

using namespace ss;

namespace {

Diagnostic firstError(const LoadResult& r)
{
    REQUIRE_FALSE(r.ok());
    for (const auto& d : r.diagnostics)
        if (d.severity == Severity::Error)
            return d;
    FAIL("no error");
    return {};
}

}  // namespace

TEST_CASE("malformed YAML is a located syntax error")
{
    const LoadResult r = loadSchemaYaml("version: 1\nentities:\n  tables: [a, b\n  x: }\n");
    const Diagnostic d = firstError(r);
    CHECK(d.ruleId == "yaml-syntax");
    CHECK(d.loc.line >= 3);
    CHECK(d.loc.column >= 1);
}

TEST_CASE("an empty file or a file of comments says it is empty")
{
    for (const char* text : {"", "   \n", "# only a comment\n"}) {
        const Diagnostic d = firstError(loadSchemaYaml(text));
        CHECK(d.message.find("empty") != std::string::npos);
        CHECK(d.loc.line == 1);
    }
}

TEST_CASE("a scalar or a list at the top is a structure error")
{
    CHECK(firstError(loadSchemaYaml("just text\n")).ruleId == "structure");
    CHECK(firstError(loadSchemaYaml("- a\n- b\n")).ruleId == "structure");
}

TEST_CASE("bytes that are not UTF-8 are located to the byte")
{
    const std::string text = "version: 1\nwarehouse: ab\xff\xfe\n";
    const Diagnostic d = firstError(loadSchemaYaml(text));
    CHECK(d.ruleId == "encoding");
    CHECK(d.loc.line == 2);
    CHECK(d.loc.column == 14);
    CHECK(d.message.find("0xFF") != std::string::npos);
}

TEST_CASE("a NUL byte is refused")
{
    const std::string text("version: 1\n\0\n", 13);
    CHECK(firstError(loadSchemaYaml(text)).ruleId == "encoding");
}

TEST_CASE("a UTF-8 byte order mark is accepted")
{
    const LoadResult r = loadSchemaYaml("\xEF\xBB\xBFversion: 1\nentities: {}\n");
    CHECK(r.ok());
}

TEST_CASE("a 50 MB input is refused with a clear error, quickly")
{
    std::string huge(50u * 1024u * 1024u, ' ');
    huge.replace(0, 11, "version: 1\n");
    const Diagnostic d = firstError(loadSchemaYaml(huge));
    CHECK(d.ruleId == "file-too-large");
    CHECK(d.message.find("50 MiB") != std::string::npos);
}

TEST_CASE("20,000 levels of nesting are refused without a crash")
{
    std::string flow = "version: 1\nentities: " + std::string(20000, '[') + std::string(20000, ']') + "\n";
    CHECK_FALSE(loadSchemaYaml(flow).ok());

    std::string block = "version: 1\nentities:\n";
    for (int i = 0; i < 20000; ++i)
        block += std::string(static_cast<std::size_t>(i + 1), ' ') + "k" + std::to_string(i) + ":\n";
    CHECK_FALSE(loadSchemaYaml(block).ok());
}

TEST_CASE("an alias bomb is refused at the alias that explodes")
{
    std::string text = "version: 1\nentities: {}\n";
    text += "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 12; ++i) {
        text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
        for (int k = 0; k < 10; ++k)
            text += std::string(k ? ", " : "") + "*a" + std::to_string(i - 1);
        text += "]\n";
    }
    const Diagnostic d = firstError(loadSchemaYaml(text));
    CHECK(d.message.find("alias") != std::string::npos);
    CHECK(d.loc.line > 3);
}

TEST_CASE("an alias to a node that contains it is refused")
{
    const Diagnostic d = firstError(loadSchemaYaml("version: 1\nentities: &e {x: *e}\n"));
    CHECK(d.message.find("alias") != std::string::npos);
}

TEST_CASE("ordinary anchors and aliases work")
{
    const LoadResult r = loadSchemaYaml(R"(version: 1
entities:
  tables:
    - name: a
      primary_key: [id]
      columns:
        - &idcol {name: id, type: INTEGER, nullable: false}
    - name: b
      primary_key: [id]
      columns:
        - *idcol
)");
    REQUIRE(r.ok());
    CHECK(r.model.tables[1].columns[0].name == "id");
    CHECK(r.model.tables[1].columns[0].type == DataType::of(TypeKind::Integer));
}

TEST_CASE("two documents in one file are refused at the second")
{
    const Diagnostic d = firstError(loadSchemaYaml("version: 1\nentities: {}\n---\nversion: 1\n"));
    CHECK(d.loc.line == 4);
}

TEST_CASE("names crafted to break SQL load as plain data")
{
    const LoadResult r = loadSchemaYaml(R"(version: 1
entities:
  tables:
    - name: "x\"; DROP TABLE users; --"
      primary_key: ["id'"]
      columns:
        - {name: "id'", type: INTEGER}
)");
    REQUIRE(r.model.tables.size() == 1);
    CHECK(r.model.tables[0].name == "x\"; DROP TABLE users; --");
    CHECK(r.model.tables[0].columns[0].name == "id'");
}

TEST_CASE("a missing or unreadable file is an io error naming the path")
{
    const LoadResult r = loadSchemaFile("/nonexistent/dir/spec.yml");
    const Diagnostic d = firstError(r);
    CHECK(d.ruleId == "io");
    CHECK(d.message.find("/nonexistent/dir/spec.yml") != std::string::npos);
}
