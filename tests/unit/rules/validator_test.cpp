#include "core/spec/rules/rule.h"
#include "rules/rule_test_support.h"

#include <algorithm>
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
    CHECK(std::all_of(lenient.begin(), lenient.end(), [](const Diagnostic& d) { return d.severity == Severity::Warning; }));
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
    CHECK(std::is_sorted(all.begin(), all.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.loc.line != b.loc.line ? a.loc.line < b.loc.line : a.loc.column < b.loc.column;
    }));
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
