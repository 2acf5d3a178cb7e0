#include "design_support.h"

using ss::Aggregation;
using ss::design::designOffline;

namespace {

ss::SchemaModel admissions()
{
    auto r = designOffline("hospital admissions by ward, doctor and day measuring length of stay and cost");
    REQUIRE(r.ok);
    return r.model;
}

}  // namespace

TEST_CASE("edit: a flag added to a fact is a boolean defaulting to false", "[design]")
{
    const auto base = admissions();
    const auto r = designOffline("add readmission flag to admissions", &base);
    requireDraft(r, {"fact_admissions"});
    const ss::Column* flag = r.model.findTable("fact_admissions")->findColumn("is_readmission");
    REQUIRE(flag);
    CHECK(flag->type.kind == ss::TypeKind::Boolean);
}

TEST_CASE("edit: a column the table already has changes nothing and says so", "[design]")
{
    const auto base = admissions();
    const auto r = designOffline("add a specialty column to doctors", &base);
    CHECK_FALSE(r.ok);
    CHECK(r.message.find("dim_doctor already has specialty") != std::string::npos);
}

TEST_CASE("edit: track a new fact beside the base, sharing its dimensions", "[design]")
{
    const auto base = admissions();
    const auto r = designOffline("track discharges per ward and week in a new fact", &base);
    requireDraft(r, {"fact_admissions", "fact_discharges", "dim_ward", "dim_week"});
    CHECK_FALSE(r.model.findTable("dim_track"));
    CHECK(r.model.tables.size() == base.tables.size() + 2);
}

TEST_CASE("edit: a new dimension for a fact, named as written", "[design]")
{
    const auto base = admissions();
    const auto r = designOffline("add payer to the admissions fact", &base);
    requireDraft(r, {"fact_admissions", "dim_payer"});
    CHECK(r.model.findTable("fact_admissions")->findColumn("payer_key"));
}

TEST_CASE("edit: rename a table keeps its references and records renamed_from", "[design]")
{
    const auto base = admissions();
    const auto r = designOffline("rename dim_ward to dim_unit", &base);
    requireDraft(r, {"dim_unit", "fact_admissions"});
    CHECK(r.model.findTable("dim_unit")->renamedFrom == "dim_ward");
    bool referenced = false;
    for (const ss::ForeignKey& fk : r.model.findTable("fact_admissions")->foreignKeys)
        referenced = referenced || fk.refTable == "dim_unit";
    CHECK(referenced);
}

TEST_CASE("edit: a measure with its own aggregation joins the fact and the rest stays", "[design]")
{
    const auto base = admissions();
    const auto r = designOffline("add a measure for medication cost to admissions", &base);
    requireMeasure(r, "fact_admissions", "medication_cost", Aggregation::Sum);
    for (const ss::Table& t : base.tables)
        CHECK(r.model.findTable(t.name));
}
