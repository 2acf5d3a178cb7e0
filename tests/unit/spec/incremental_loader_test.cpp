#include "core/spec/incremental_spec_loader.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace ss;

namespace {

// The incremental result must be exactly the whole load's, locations included.
void requireSameAsWholeLoad(IncrementalSpecLoader& loader, const std::string& text)
{
    const LoadResult whole = loadSchemaYaml(text);
    const LoadResult incremental = loader.load(text);
    REQUIRE(incremental.model == whole.model);
    REQUIRE(incremental.diagnostics == whole.diagnostics);
    for (std::size_t t = 0; t < whole.model.tables.size(); ++t) {
        CHECK(incremental.model.tables[t].loc.line == whole.model.tables[t].loc.line);
        for (std::size_t c = 0; c < whole.model.tables[t].columns.size(); ++c)
            CHECK(incremental.model.tables[t].columns[c].loc.line == whole.model.tables[t].columns[c].loc.line);
    }
}

std::string readSpec(const char* name)
{
    std::ifstream in(std::string(SS_SOURCE_DIR "/schema_specs/") + name);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string manyTables(int count)
{
    std::string text = "version: 1\nwarehouse: w\nentities:\n  dimensions:\n";
    for (int i = 0; i < count; ++i) {
        const std::string n = std::to_string(i);
        text += "    - name: dim_" + n + "\n      surrogate_key: k_" + n + "\n      columns:\n";
        text += "        - {name: code_" + n + ", type: VARCHAR(20), nullable: false}\n";
        text += "        - {name: amount, type: DECIMAL(18,2)}\n\n";
    }
    text += "  facts:\n    - name: fact_x\n      grain: k_0\n      primary_key: [k_0, k_1]\n      foreign_keys:\n"
            "        - {column: k_0, references: dim_0(k_0)}\n        - {column: k_1, references: dim_1(k_1)}\n"
            "      measures:\n        - {name: m, type: REAL}\n";
    text += "views:\n  - name: v\n    depends_on: [fact_x]\n    sql: SELECT * FROM fact_x\n";
    return text;
}

}  // namespace

TEST_CASE("incremental loading gives exactly the whole load for the bundled specs")
{
    for (const char* name : {"loan_risk.yml", "retail_sales.yml", "current.yml"}) {
        INFO(name);
        IncrementalSpecLoader loader;
        requireSameAsWholeLoad(loader, readSpec(name));
        CHECK_FALSE(loader.lastLoadWasWhole());
        CHECK(loader.lastParsedTables() > 0);
    }
}

TEST_CASE("an edit re-parses only the table it touches, and later tables keep their true lines")
{
    IncrementalSpecLoader loader;
    std::string text = manyTables(50);
    requireSameAsWholeLoad(loader, text);
    CHECK(loader.lastParsedTables() == 51);

    const auto at = text.find("code_7, type: VARCHAR(20)");
    text.replace(at, std::string("code_7, type: VARCHAR(20)").size(), "code_7, type: VARCHR(20)");
    requireSameAsWholeLoad(loader, text);
    CHECK(loader.lastParsedTables() == 1);
    CHECK(loader.lastReusedTables() == 50);
    CHECK_FALSE(loader.lastLoadWasWhole());

    // Two new lines in table 3 move every later table down by two lines.
    const auto columns = text.find("      columns:", text.find("name: dim_3\n"));
    text.insert(columns, "      description: >-\n        folded text\n");
    requireSameAsWholeLoad(loader, text);
    CHECK(loader.lastParsedTables() == 1);
}

TEST_CASE("syntax errors inside a table are reported as the whole load reports them")
{
    IncrementalSpecLoader loader;
    std::string text = manyTables(5);
    requireSameAsWholeLoad(loader, text);
    text.insert(text.find("name: dim_2\n") + 12, "      columns: [unclosed\n");
    requireSameAsWholeLoad(loader, text);
    CHECK(loader.lastLoadWasWhole());
}

TEST_CASE("layouts that cannot be sliced safely are loaded whole")
{
    const std::string anchors = "version: 1\nentities:\n  tables:\n    - &t {name: a, primary_key: [id], columns: "
                                "[{name: id, type: INTEGER}]}\n";
    const std::string flow = "version: 1\nentities:\n  tables: [{name: a, columns: [{name: id, type: INTEGER}]}]\n";
    const std::string twice = manyTables(2) + "  facts:\n    - name: f2\n      columns: [{name: c, type: TEXT}]\n";
    // The reader takes the first `entities`, which the line-by-line slicer does not recognise with its space.
    const std::string spacedKey = "version: 1\nentities :\n  tables:\n    - name: a\n      columns: [{name: id, type: "
                                  "INTEGER}]\nentities:\n  tables:\n    - name: b\n      columns: [{name: id, type: "
                                  "INTEGER}]\n";
    for (const std::string& text : {anchors, flow, twice, spacedKey}) {
        IncrementalSpecLoader loader;
        requireSameAsWholeLoad(loader, text);
        CHECK(loader.lastLoadWasWhole());
    }
}

TEST_CASE("a table duplicated word for word is read twice, at each of its places")
{
    IncrementalSpecLoader loader;
    std::string text = manyTables(2);
    const auto first = text.find("    - name: dim_0");
    const auto second = text.find("    - name: dim_1");
    text.insert(second, text.substr(first, second - first));
    requireSameAsWholeLoad(loader, text);
    requireSameAsWholeLoad(loader, text);
    CHECK(loader.lastParsedTables() == 0);
    CHECK(loader.lastReusedTables() == 4);
}

TEST_CASE("a line without its colon, which the parser reads as a key alone but not in the whole text, is reported as the whole load reports it")
{
    IncrementalSpecLoader loader;
    const std::string text = "version: 1\n"
                             "entities:\n"
                             "  dimensions:\n"
                             "    - name: d\n"
                             "      surro f\n"
                             "    -    surro f\n"
                             "    - {ELECT 1\", depends_on: [f]}\n";
    requireSameAsWholeLoad(loader, text);
    CHECK(loader.lastLoadWasWhole());
}
