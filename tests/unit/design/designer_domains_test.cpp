#include "design_support.h"

using ss::Aggregation;
using ss::design::designOffline;

TEST_CASE("health: admissions by ward, diagnosis and day", "[design]")
{
    const auto r = designOffline("A star schema for hospital admissions by ward, diagnosis and day measuring length of stay and total charges");
    requireDraft(r, {"fact_admissions", "dim_ward", "dim_diagnosis", "dim_date", "dim_hospital"});
    requireMeasure(r, "fact_admissions", "length_of_stay", Aggregation::Sum);
    requireMeasure(r, "fact_admissions", "total_charges", Aggregation::Sum);
    CHECK(r.model.findTable("fact_admissions")->grain.size() == 4);
}

TEST_CASE("health: prescriptions per physician and medication, monthly", "[design]")
{
    const auto r = designOffline("I need monthly prescribing analytics: prescriptions per physician, medication and pharmacy, with dispensed quantity and cost");
    requireDraft(r, {"dim_physician", "dim_medication", "dim_pharmacy", "dim_month"});
    const auto* fact = r.model.findTable("fact_prescriptions");
    REQUIRE(fact);
    CHECK(fact->findColumn("cost"));
}

TEST_CASE("logistics: shipments by carrier, warehouse and week", "[design]")
{
    const auto r = designOffline("shipments by carrier, origin warehouse and week, counting late deliveries and measuring weight");
    requireDraft(r, {"fact_shipments", "dim_carrier", "dim_warehouse", "dim_week"});
    requireMeasure(r, "fact_shipments", "late_delivery_count", Aggregation::Sum);
    requireMeasure(r, "fact_shipments", "weight", Aggregation::Sum);
}

TEST_CASE("energy: monthly consumption per meter and tariff", "[design]")
{
    const auto r = designOffline("monthly electricity consumption per meter and tariff measuring kwh and cost");
    requireDraft(r, {"dim_meter", "dim_tariff", "dim_month"});
    CHECK(r.model.findTable("dim_date") == nullptr);
}

TEST_CASE("education: enrolments by student, course and semester", "[design]")
{
    const auto r = designOffline("Course enrolments for each student, course and semester, tracking credits earned and final grade");
    requireDraft(r, {"dim_student", "dim_course", "dim_semester", "dim_date"});
    const ss::Table* fact = nullptr;
    for (const auto& t : r.model.tables)
        if (t.kind == ss::TableKind::Fact)
            fact = &t;
    REQUIRE(fact);
    const ss::Column* grade = fact->findColumn("final_grade");
    REQUIRE(grade);
    CHECK(grade->aggregation == Aggregation::Avg);
}

TEST_CASE("telecom: call records per subscriber, cell tower and hour", "[design]")
{
    const auto r = designOffline("call detail records per subscriber and cell tower by day, with call duration, data usage and charges");
    requireDraft(r, {"dim_subscriber", "dim_cell_tower", "dim_date"});
}

TEST_CASE("sports: match results by team, venue and season", "[design]")
{
    const auto r = designOffline("player performance by player, team, match and season measuring goals, assists and minutes played");
    requireDraft(r, {"dim_player", "dim_team", "dim_match", "dim_season"});
}

TEST_CASE("hospitality: bookings by hotel, room type and night", "[design]")
{
    const auto r = designOffline("a data warehouse for hotel bookings by hotel, room type, booking channel and day with room revenue and nights");
    requireDraft(r, {"fact_bookings", "dim_hotel", "dim_room_type", "dim_date"});
    CHECK(r.model.findTable("dim_warehouse") == nullptr);
    requireMeasure(r, "fact_bookings", "room_revenue", Aggregation::Sum);
}

TEST_CASE("agriculture: harvest yield per field and crop", "[design]")
{
    const auto r = designOffline("harvest yields per field, crop and farm by year, measuring yield in tonnes, fertiliser cost and rainfall");
    requireDraft(r, {"dim_field", "dim_crop", "dim_farm", "dim_year"});
}

TEST_CASE("government: permit applications by municipality and agency", "[design]")
{
    const auto r = designOffline("permit applications by municipality, agency and permit type per week, counting approvals and measuring processing days");
    requireDraft(r, {"dim_municipality", "dim_agency", "dim_permit", "dim_week"});
}

TEST_CASE("media: streams by track, artist and platform", "[design]")
{
    const auto r = designOffline("daily streams by track, artist, country and platform with stream count and royalties");
    requireDraft(r, {"dim_track", "dim_artist", "dim_country", "dim_platform", "dim_date"});
}

TEST_CASE("unknown words become sound dimensions", "[design]")
{
    const auto r = designOffline("turbine inspections by turbine blade and inspection crew per month measuring repair cost");
    REQUIRE(r.ok);
    bool unknownDimension = false;
    for (const auto& t : r.model.tables)
        if (t.kind == ss::TableKind::Dimension && t.naturalKey.size() == 1 && t.columns.size() >= 3
            && t.name != "dim_month")
            unknownDimension = true;
    CHECK(unknownDimension);
}

TEST_CASE("plain tables: order entry with one-to-many keys", "[design]")
{
    const auto r = designOffline("an order-entry app with customers, orders and order lines");
    requireDraft(r, {"customers", "orders", "order_lines"});
    const auto* orders = r.model.findTable("orders");
    REQUIRE(orders->foreignKeys.size() == 1);
    CHECK(orders->foreignKeys[0].refTable == "customers");
    CHECK(r.model.findTable("order_lines")->foreignKeys.front().refTable == "orders");
}

TEST_CASE("plain tables: users and roles through a link table", "[design]")
{
    const auto r = designOffline("a database for a user management system with users and roles");
    requireDraft(r, {"users", "roles", "user_roles"});
    CHECK(r.model.findTable("user_roles")->primaryKey.size() == 2);
}

TEST_CASE("plain tables: columns spelled out are used verbatim", "[design]")
{
    const auto r = designOffline("a users table with columns user_id, username, email and created_at");
    requireDraft(r, {"users"});
    const auto* users = r.model.findTable("users");
    REQUIRE(users->columns.size() == 4);
    CHECK(users->findColumn("created_at")->type.kind == ss::TypeKind::Timestamp);
    CHECK(users->primaryKey == std::vector<std::string>{"user_id"});
}

TEST_CASE("junk and empty prompts draft nothing", "[design]")
{
    CHECK_FALSE(designOffline("").ok);
    CHECK_FALSE(designOffline("   ,,, ").ok);
    const auto r = designOffline("purple monkey dishwasher");
    CHECK_FALSE(r.ok);
    CHECK(r.yaml.empty());
    CHECK(r.message.find("purple") != std::string::npos);
}

TEST_CASE("the same prompt gives the same text", "[design]")
{
    const std::string prompt = "parcel deliveries by driver, vehicle and route per day measuring distance and fuel cost";
    CHECK(designOffline(prompt).yaml == designOffline(prompt).yaml);
}

TEST_CASE("plain tables: a table called NAME with fields", "[design]")
{
    const auto r = designOffline("a table called sensors with fields sensor_id, location_name, installed_at and is_active");
    requireDraft(r, {"sensors"});
    CHECK(r.model.findTable("sensors")->columns.size() == 4);
    CHECK(r.model.findTable("sensors")->findColumn("is_active")->type.kind == ss::TypeKind::Boolean);
}
