#include "design_support.h"

using ss::Aggregation;
using ss::design::designOffline;

TEST_CASE("emergency services: wildfire incidents by county and month", "[design]")
{
    const auto r = designOffline("wildfire incidents by county and month measuring acres burned and suppression cost");
    requireDraft(r, {"fact_wildfire_incidents", "dim_county", "dim_month"});
    requireMeasure(r, "fact_wildfire_incidents", "suppression_cost", Aggregation::Sum);
}

TEST_CASE("culture: museum visits per exhibition and ticket type", "[design]")
{
    const auto r = designOffline("museum visits per exhibition and ticket type by day with visitor count and ticket revenue");
    requireDraft(r, {"fact_museum_visits", "dim_exhibition", "dim_ticket_type", "dim_date"});
    requireMeasure(r, "fact_museum_visits", "ticket_revenue", Aggregation::Sum);
}

TEST_CASE("government: election results by polling station and candidate", "[design]")
{
    const auto r = designOffline("election results by polling station, candidate and election measuring votes cast and turnout rate");
    requireDraft(r, {"dim_polling_station", "dim_candidate", "dim_election"});
    requireMeasure(r, "fact_election_results", "turnout_rate", Aggregation::Avg);
}

TEST_CASE("mining: output per mine, shift and day", "[design]")
{
    const auto r = designOffline("mining output per mine, shift and day measuring ore tonnage and haulage distance");
    requireDraft(r, {"dim_mine", "dim_shift", "dim_date"});
    requireMeasure(r, "fact_mining_outputs", "haulage_distance", Aggregation::Sum);
}

TEST_CASE("health: blood donations by donor and month", "[design]")
{
    const auto r = designOffline("blood donations by donor, donation center and month with volume collected");
    requireDraft(r, {"fact_blood_donations", "dim_donor", "dim_month"});
}

TEST_CASE("fitness: gym class attendance counting attendees and no shows", "[design]")
{
    const auto r = designOffline("gym class attendance by class session, instructor and week, counting attendees and no shows");
    requireDraft(r, {"dim_class_session", "dim_instructor", "dim_week"});
    requireMeasure(r, "fact_gym_class_attendances", "no_show_count", Aggregation::Sum);
}

TEST_CASE("logistics: freight invoices per supplier and quarter", "[design]")
{
    const auto r = designOffline("freight invoices per supplier and quarter with freight cost and fuel surcharge");
    requireDraft(r, {"fact_freight_invoices", "dim_supplier", "dim_quarter"});
    requireMeasure(r, "fact_freight_invoices", "fuel_surcharge", Aggregation::Sum);
    CHECK(r.model.findTable("dim_fuel") == nullptr);
}

TEST_CASE("libraries: loans by branch, borrower and book", "[design]")
{
    const auto r = designOffline("library loans by branch, borrower and book per day with loan duration and late fees");
    requireDraft(r, {"fact_loans", "dim_branch", "dim_borrower", "dim_book", "dim_date"});
    requireMeasure(r, "fact_loans", "late_fees", Aggregation::Sum);
}
