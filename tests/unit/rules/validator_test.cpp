#include "core/spec/rules/rule.h"
#include "unit/rules/rule_test_support.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

using namespace ss;
using namespace ss::test;

namespace {

const char* kTwoWarnings = R"(version: 1
entities:
  tables:
    - name: AuditLog
      columns:
        - {name: logged_at, type: TIMESTAMP, nullable: false}
)";

}  // namespace

TEST_CASE("strict turns every warning into an error and changes nothing else")
{
    const std::vector<Diagnostic> lenient = validateYaml(kTwoWarnings);
    const std::vector<Diagnostic> strict = validateYaml(kTwoWarnings, ValidationOptions{true});
    INFO(describe(lenient));
    REQUIRE(lenient.size() == 2);
    const auto isWarning = [](const Diagnostic& d) { return d.severity == Severity::Warning; };
    CHECK(std::all_of(lenient.begin(), lenient.end(), isWarning));
    CHECK_FALSE(hasErrors(lenient));

    REQUIRE(strict.size() == lenient.size());
    for (std::size_t i = 0; i < strict.size(); ++i) {
        CHECK(strict[i].severity == Severity::Error);
        CHECK(strict[i].ruleId == lenient[i].ruleId);
        CHECK(strict[i].message == lenient[i].message);
        CHECK(strict[i].loc.line == lenient[i].loc.line);
    }
    CHECK(hasErrors(strict));
}

TEST_CASE("diagnostics come sorted by line and column")
{
    const std::vector<Diagnostic> all = validateYaml(R"(version: 1
entities:
  facts:
    - name: FactVisits
      columns:
        - {name: visit_id, type: INTEGER, nullable: false}
  tables:
    - name: Orders
      primary_key: [order_idd]
      columns:
        - {name: order_id, type: INTEGER, nullable: false}
        - {name: select, type: INTEGER}
views:
  - {name: v_missing, sql: SELECT 1, depends_on: [nothing_here]}
)");
    INFO(describe(all));
    REQUIRE(all.size() >= 6);
    CHECK(std::is_sorted(all.begin(), all.end(), diagnosticPrecedes));
    CHECK(all.front().loc.line == 4);
    CHECK(all.back().loc.line == 14);
}

TEST_CASE("rules have unique kebab-case ids, summaries and checks")
{
    std::set<std::string> ids;
    for (const rules::Rule& rule : rules::allRules()) {
        const std::string id = rule.id;
        INFO(id);
        CHECK(ids.insert(id).second);
        CHECK(std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; }));
        CHECK(std::string(rule.summary).size() > 10);
        CHECK(rule.check != nullptr);
        CHECK(rules::findRule(id) == &rule);
    }
    CHECK(ids.size() >= 18);
    CHECK(rules::findRule("unknown-type") == nullptr);  // the loader's, not a validator rule
}

TEST_CASE("a model built in code, without locations, validates without crashing")
{
    SchemaModel model;
    Table fact;
    fact.kind = TableKind::Fact;
    fact.name = "fact_orphan";
    Column amount;
    amount.name = "amount";
    amount.type = DataType::of(TypeKind::Boolean);
    amount.aggregation = Aggregation::Sum;
    fact.columns.push_back(amount);
    ForeignKey fk;
    fk.columns = {"missing_key"};
    fk.refTable = "nowhere";
    fk.refColumns = {"id"};
    fact.foreignKeys.push_back(fk);
    model.tables.push_back(fact);

    const std::vector<Diagnostic> all = validate(model);
    INFO(describe(all));
    std::set<std::string> rulesFound;
    for (const Diagnostic& d : all) {
        CHECK_FALSE(d.loc.known());
        rulesFound.insert(d.ruleId);
    }
    const std::set<std::string> expected = {"missing-primary-key", "missing-column",       "fk-missing-target",
                                            "fact-grain",          "fact-without-dimension", "measure-not-numeric"};
    CHECK(rulesFound == expected);
}

TEST_CASE("messages stay short however large the keys and cycles they describe")
{
    SchemaModel model;
    Table wide;
    wide.name = "wide";
    for (int i = 0; i < 5000; ++i) {
        Column c;
        c.name = "c" + std::to_string(i);
        c.type = DataType::of(TypeKind::Integer);
        wide.columns.push_back(c);
        wide.primaryKey.push_back(c.name);
    }
    for (int i = 0; i < 500; ++i) {
        ForeignKey fk;
        fk.columns = {"c" + std::to_string(i)};
        fk.refTable = "wide";
        fk.refColumns = {"c" + std::to_string(i + 1)};
        wide.foreignKeys.push_back(fk);
    }
    model.tables.push_back(wide);
    for (int i = 0; i < 30; ++i) {
        Table ring;
        ring.name = "ring_" + std::to_string(i);
        ring.primaryKey = {"id"};
        Column id;
        id.name = "id";
        id.type = DataType::of(TypeKind::Integer);
        ring.columns = {id};
        ForeignKey next;
        next.columns = {"id"};
        next.refTable = "ring_" + std::to_string((i + 1) % 30);
        next.refColumns = {"id"};
        ring.foreignKeys.push_back(next);
        model.tables.push_back(ring);
    }

    const std::vector<Diagnostic> all = validate(model);
    CHECK(ofRule(all, "fk-target-not-unique").size() == 500);
    for (const Diagnostic& d : all) {
        INFO(d.message << "\n" << d.hint);
        CHECK(d.message.size() < 400);
        CHECK(d.hint.size() < 400);
    }
    const std::vector<Diagnostic> cycles = ofRule(all, "fk-cycle");
    REQUIRE(cycles.size() == 1);
    CHECK_THAT(cycles[0].message, Catch::Contains("ring_0 -> ring_1") && Catch::Contains("... 21 more -> ring_0"));
}

TEST_CASE("every rule has a test asserting a finding of it")
{
    std::string sources;
    for (const auto& entry : std::filesystem::directory_iterator(SS_SOURCE_DIR "/tests/unit/rules")) {
        std::ifstream in(entry.path());
        sources.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    for (const rules::Rule& rule : rules::allRules()) {
        INFO(rule.id);
        CHECK(sources.find("\"" + std::string(rule.id) + "\", Severity::") != std::string::npos);
    }
}
