#include "core/design/column_types.h"
#include "core/design/knowledge_base.h"
#include "core/design/phrases.h"
#include "core/design/tokenizer.h"

#include <catch2/catch.hpp>

using namespace ss::design;

TEST_CASE("tokenizer splits hyphens and keeps underscores", "[design]")
{
    CHECK(tokenize("Order-entry: user_id, Email") == std::vector<std::string>{"order", "entry", ",", "user_id", ",", "email"});
}

TEST_CASE("the knowledge base holds at least 150 archetypes with plurals and synonyms", "[design]")
{
    const auto& kb = KnowledgeBase::instance();
    CHECK(kb.archetypeCount() >= 150);
    const std::vector<std::string> words{"line", "items"};
    const auto m = kb.entityAt(words, 0);
    REQUIRE(m.entry);
    CHECK(m.entry->name == "order_line");
    CHECK(m.length == 2);
    CHECK(kb.measureAt({"revenue"}, 0).entry->aggregation == ss::Aggregation::Sum);
}

TEST_CASE("plural and singular", "[design]")
{
    CHECK(plural("category") == "categories");
    CHECK(plural("box") == "boxes");
    CHECK(singular("deliveries") == "delivery");
    CHECK(singular("status") == "status");
}

TEST_CASE("column types follow the names", "[design]")
{
    CHECK(typeForColumn("created_at").kind == ss::TypeKind::Timestamp);
    CHECK(typeForColumn("hire_date").kind == ss::TypeKind::Date);
    CHECK(typeForColumn("unit_price") == ss::DataType::decimal(18, 2));
    CHECK(typeForColumn("is_active").kind == ss::TypeKind::Boolean);
    CHECK(typeForColumn("country_code") == ss::DataType::character(2));
}

TEST_CASE("phrases split at segment markers", "[design]")
{
    const auto p = splitPhrases(tokenize("admissions by ward and day measuring cost"));
    REQUIRE(p.size() == 4);
    CHECK(p[0].segment == Segment::Subject);
    CHECK(p[1].segment == Segment::Dimensions);
    CHECK(p[3].segment == Segment::Measures);
}
