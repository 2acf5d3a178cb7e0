#include "unit/plan/plan_test_support.h"

#include "core/plan/impact_report.h"
#include "core/plan/plan.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace ss;

namespace {

const char* kAccount = R"(version: 1
entities:
  tables:
    - name: account
      primary_key: [id]
      columns:
        - {name: id, type: INTEGER, nullable: false}
        - {name: email, type: VARCHAR(80)}
        - {name: city, type: VARCHAR(60)}
)";

}  // namespace

TEST_CASE("columns the spec reorders are reported, not planned")
{
    const SchemaModel current = specFromYaml(kAccount);
    const SchemaModel target = specFromYaml(replacedOnce(
        kAccount, "        - {name: email, type: VARCHAR(80)}\n        - {name: city, type: VARCHAR(60)}\n",
        "        - {name: city, type: VARCHAR(60)}\n        - {name: email, type: VARCHAR(80)}\n"));
    const Plan plan = diff(current, target);
    CHECK(plan.empty());
    REQUIRE(plan.notes.size() == 1);
    CHECK(plan.notes.front().table == "account");
    CHECK(plan.notes.front().text.find("account will be in the order (id, email, city), the spec's is (id, city, email)") !=
          std::string::npos);
    CHECK(formatImpactText(plan, false).find("note: the columns of account") != std::string::npos);
    REQUIRE(notesJson(plan).size() == 1);
    CHECK(notesJson(plan).at(0).toObject().value("table").toString() == "account");
}

TEST_CASE("a column added in the middle is reported as going to the end")
{
    const SchemaModel current = specFromYaml(kAccount);
    const SchemaModel target = specFromYaml(replacedOnce(kAccount, "        - {name: city, type: VARCHAR(60)}\n",
                                                         "        - {name: phone, type: VARCHAR(20)}\n"
                                                         "        - {name: city, type: VARCHAR(60)}\n"));
    const Plan plan = diff(current, target);
    REQUIRE(plan.operations.size() == 1);
    CHECK(plan.operations.front().kind == OpKind::AddColumn);
    REQUIRE(plan.notes.size() == 1);
    CHECK(plan.notes.front().text.find("(id, email, city, phone), the spec's is (id, email, phone, city)") != std::string::npos);
}

TEST_CASE("columns added at the end, dropped or renamed in place leave no note")
{
    const SchemaModel current = specFromYaml(kAccount);
    const std::string appended = replacedOnce(kAccount, "        - {name: city, type: VARCHAR(60)}\n",
                                              "        - {name: city, type: VARCHAR(60)}\n"
                                              "        - {name: phone, type: VARCHAR(20)}\n");
    const std::string dropped = replacedOnce(kAccount, "        - {name: email, type: VARCHAR(80)}\n", "");
    const std::string renamed = replacedOnce(kAccount, "{name: email, type: VARCHAR(80)}",
                                             "{name: mail, type: VARCHAR(80), renamed_from: email}");
    for (const auto& yaml : {appended, dropped, renamed}) {
        INFO(yaml);
        const Plan plan = diff(current, specFromYaml(yaml));
        CHECK_FALSE(plan.empty());
        CHECK(plan.notes.empty());
    }
}
