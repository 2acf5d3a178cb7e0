#include "core/plan/change_summary.h"
#include "unit/plan/plan_test_support.h"

using namespace ss;

TEST_CASE("the demo's next release, counted as a reviewer reads it", "[plan][summary]")
{
    const SchemaModel current = loadTestSpec("schema_specs/current.yml");
    const SchemaModel target = loadTestSpec("schema_specs/loan_risk.yml");
    CHECK(describeChanges(diff(current, target)) ==
          "2 tables added, 3 columns added, 1 changed, 1 index added, 1 constraint added, 1 view added, "
          "1 description changed");
}

TEST_CASE("a plan of a model against itself has no changes", "[plan][summary]")
{
    const SchemaModel demo = loadTestSpec("schema_specs/loan_risk.yml");
    CHECK(describeChanges(diff(demo, demo)) == "no changes");
}

TEST_CASE("several alterations of one column count once, drops and renames are named", "[plan][summary]")
{
    const std::string base = "version: 1\n"
                             "entities:\n"
                             "  tables:\n"
                             "    - name: customers\n"
                             "      primary_key: [id]\n"
                             "      columns:\n"
                             "        - {name: id, type: INTEGER, nullable: false}\n"
                             "        - {name: city, type: VARCHAR(40)}\n"
                             "        - {name: phone, type: VARCHAR(20)}\n"
                             "    - name: audit_log\n"
                             "      primary_key: [id]\n"
                             "      columns:\n"
                             "        - {name: id, type: INTEGER, nullable: false}\n";
    std::string changed = replacedOnce(base, "{name: city, type: VARCHAR(40)}", "{name: city, type: VARCHAR(80), nullable: false, default: 'n/a'}");
    changed = replacedOnce(changed, "{name: phone, type: VARCHAR(20)}", "{name: telephone, type: VARCHAR(20), renamed_from: phone}");
    changed = changed.substr(0, changed.find("    - name: audit_log"));
    CHECK(describeChanges(diff(specFromYaml(base), specFromYaml(changed))) ==
          "1 table dropped, 1 column renamed, 1 changed");
}
