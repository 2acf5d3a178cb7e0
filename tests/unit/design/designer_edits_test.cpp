#include "design_support.h"

using ss::Aggregation;
using ss::design::designOffline;

namespace {

ss::SchemaModel payroll()
{
    auto r = designOffline("payroll by employee and pay period measuring gross pay and tax");
    REQUIRE(r.ok);
    return r.model;
}

}  // namespace

TEST_CASE("edit: add a dimension to a fact", "[design]")
{
    const auto base = payroll();
    const auto r = designOffline("add a dimension for branch to the payroll fact", &base);
    requireDraft(r, {"fact_payrolls", "dim_branch", "dim_employee"});
    CHECK(r.model.findTable("fact_payrolls")->foreignKeys.size() == base.findTable("fact_payrolls")->foreignKeys.size() + 1);
}

TEST_CASE("edit: add a measure to a fact", "[design]")
{
    const auto base = payroll();
    const auto r = designOffline("add overtime hours to payroll", &base);
    requireDraft(r, {"fact_payrolls"});
    requireMeasure(r, "fact_payrolls", "overtime_hours", Aggregation::Sum);
}

TEST_CASE("edit: add a column to a dimension", "[design]")
{
    const auto base = payroll();
    const auto r = designOffline("add a cost centre column to employees", &base);
    requireDraft(r, {"dim_employee"});
    CHECK(r.model.findTable("dim_employee")->findColumn("cost_centre"));
}

TEST_CASE("edit: rename a column records renamed_from", "[design]")
{
    const auto base = payroll();
    const auto r = designOffline("rename gross pay to gross salary", &base);
    requireDraft(r, {"fact_payrolls"});
    const auto* c = r.model.findTable("fact_payrolls")->findColumn("gross_salary");
    REQUIRE(c);
    CHECK(c->renamedFrom == "gross_pay");
    CHECK(r.yaml.find("renamed_from: gross_pay") != std::string::npos);
}

TEST_CASE("edit: a new fact beside the base keeps the base", "[design]")
{
    const auto base = payroll();
    const auto r = designOffline("bonuses per employee and month", &base);
    requireDraft(r, {"fact_payrolls", "fact_bonuses", "dim_employee", "dim_month"});
    CHECK(r.model.findTable("fact_payrolls")->findColumn("gross_pay"));
}
