#include "design_support.h"

using ss::Aggregation;
using ss::design::designOffline;

namespace {

const ss::Column* columnOf(const ss::design::DesignResult& r, const std::string& table, const std::string& column)
{
    const ss::Table* t = r.model.findTable(table);
    return t ? t->findColumn(column) : nullptr;
}

}  // namespace

TEST_CASE("public health: vaccination doses by clinic, vaccine and week", "[design]")
{
    const auto r = designOffline("vaccination doses by clinic, vaccine and week measuring doses given");
    requireDraft(r, {"fact_doses", "dim_clinic", "dim_week"});
    requireMeasure(r, "fact_doses", "doses_given", Aggregation::Sum);
}

TEST_CASE("aviation: airline bookings by route and fare class", "[design]")
{
    const auto r = designOffline("airline bookings by route, fare class and day with ticket revenue and seats sold");
    requireDraft(r, {"fact_bookings", "dim_route", "dim_fare_class", "dim_date"});
    requireMeasure(r, "fact_bookings", "ticket_revenue", Aggregation::Sum);
    requireMeasure(r, "fact_bookings", "seats_sold", Aggregation::Sum);
}

TEST_CASE("utilities: power outages, where an entity word opens a measure", "[design]")
{
    const auto r = designOffline("power outages by substation and hour measuring customers affected and outage duration");
    requireDraft(r, {"fact_power_outages", "dim_substation"});
    CHECK_FALSE(r.model.findTable("dim_customer"));
    requireMeasure(r, "fact_power_outages", "customers_affected", Aggregation::Sum);
    CHECK(columnOf(r, "fact_power_outages", "customers_affected")->type.isInteger());
    requireMeasure(r, "fact_power_outages", "outage_duration", Aggregation::Sum);
}

TEST_CASE("mobility: ride-hailing trips measuring fare and distance", "[design]")
{
    const auto r = designOffline("ride-hailing trips by driver, city and hour measuring fare and trip distance");
    requireDraft(r, {"dim_driver", "dim_city", "dim_date"});
    CHECK_FALSE(r.model.findTable("dim_fare"));
    CHECK(columnOf(r, "fact_hailing_trips", "fare"));
    requireMeasure(r, "fact_hailing_trips", "trip_distance", Aggregation::Sum);
}

TEST_CASE("retail: returns counting items and summing the refund amount", "[design]")
{
    const auto r = designOffline("retail returns by store, product and month counting returned items and refund amount");
    requireDraft(r, {"fact_retail_returns", "dim_store", "dim_product", "dim_month"});
    CHECK(columnOf(r, "fact_retail_returns", "returned_item_count"));
    requireMeasure(r, "fact_retail_returns", "refund_amount", Aggregation::Sum);
}

TEST_CASE("laboratory: a qualified word names one dimension (test type)", "[design]")
{
    const auto r = designOffline("patient lab results per patient, test type and day");
    requireDraft(r, {"fact_lab_results", "dim_patient", "dim_test_type", "dim_date"});
    CHECK_FALSE(r.model.findTable("dim_type"));
}

TEST_CASE("emergency services: ambulance dispatches with response time", "[design]")
{
    const auto r = designOffline("ambulance dispatches by station and day measuring response time");
    requireDraft(r, {"fact_ambulance_dispatches", "dim_station", "dim_date"});
    requireMeasure(r, "fact_ambulance_dispatches", "response_time", Aggregation::Sum);  // additive; averages come at query time
}

TEST_CASE("hospitality: a night is a day of the calendar", "[design]")
{
    const auto r = designOffline("hotel stays by hotel, room type and night measuring nightly rate and occupancy");
    requireDraft(r, {"fact_stays", "dim_hotel", "dim_room_type", "dim_date"});
    CHECK_FALSE(r.model.findTable("dim_night"));
}

TEST_CASE("music streaming: plays counted, minutes summed, songs named as written", "[design]")
{
    const auto r = designOffline("streaming plays by song, artist and day counting plays and measuring listening minutes");
    requireDraft(r, {"fact_streaming_plays", "dim_song", "dim_artist", "dim_date"});
    CHECK(columnOf(r, "fact_streaming_plays", "play_count"));
    requireMeasure(r, "fact_streaming_plays", "listening_minutes", Aggregation::Sum);
}

TEST_CASE("justice: court hearings by court, judge and month", "[design]")
{
    const auto r = designOffline("court hearings by court, judge and month measuring hearing duration");
    requireDraft(r, {"fact_hearings", "dim_court", "dim_judge", "dim_month"});
}

TEST_CASE("dairy farming: milk yields per cow", "[design]")
{
    const auto r = designOffline("farm milk yields by cow and day measuring litres and fat percentage");
    requireDraft(r, {"fact_milk_yields", "dim_cow", "dim_farm", "dim_date"});
    CHECK(columnOf(r, "fact_milk_yields", "fat_percentage"));
}

TEST_CASE("human resources: applications by job opening and recruiter", "[design]")
{
    const auto r = designOffline("applications by job opening, recruiter and week");
    requireDraft(r, {"fact_applications", "dim_job_opening", "dim_recruiter", "dim_week"});
}

TEST_CASE("applications: a child named after its parent (ticket comments) gets the foreign key", "[design]")
{
    const auto r = designOffline("a ticketing system with customers, tickets, agents and ticket comments");
    requireDraft(r, {"customers", "tickets", "agents", "ticket_comments"});
    const ss::Table* comments = r.model.findTable("ticket_comments");
    REQUIRE(comments->foreignKeys.size() == 1);
    CHECK(comments->foreignKeys[0].refTable == "tickets");
}

TEST_CASE("applications: a blog keeps the user's words for its tables", "[design]")
{
    const auto r = designOffline("a blog platform with authors, posts, comments and tags");
    requireDraft(r, {"authors", "posts", "comments", "tags"});
    CHECK_FALSE(r.model.findTable("article_contents"));
}

TEST_CASE("applications: order lines are numbered within their order", "[design]")
{
    const auto r = designOffline("an order-entry app with customers, orders and order lines");
    requireDraft(r, {"customers", "orders", "order_lines"});
    const ss::Table* lines = r.model.findTable("order_lines");
    REQUIRE(lines->uniques.size() == 1);
    CHECK(lines->uniques[0].columns == std::vector<std::string>{"order_id", "line_number"});
    CHECK(r.model.findTable("orders")->uniques[0].columns == std::vector<std::string>{"order_number"});
}

TEST_CASE("oceanography: words the vocabulary lacks still make a fact sliced by a dimension", "[design]")
{
    const auto r = designOffline("tide readings by station");
    requireDraft(r, {"fact_tide_readings", "dim_station", "dim_date"});
    CHECK(r.model.findTable("dim_station")->naturalKey == std::vector<std::string>{"station_code"});
}
