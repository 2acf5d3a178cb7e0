#include "core/spec/default_value.h"

#include <catch2/catch.hpp>

using namespace ss;

namespace {

std::optional<DefaultValue> number(const char* text)
{
    return DefaultValue{DefaultValue::Kind::Number, text};
}

}  // namespace

TEST_CASE("numeric defaults compare by value, whatever padding the database adds")
{
    CHECK(sameDefault(number("0"), number("0.00")));
    CHECK(sameDefault(number("1.5"), number("1.50")));
    CHECK(sameDefault(number("-0.0"), number("0")));
    CHECK(sameDefault(number("+12"), number("012.000")));
    CHECK(sameDefault(number(".5"), number("0.5")));
    CHECK_FALSE(sameDefault(number("10"), number("1")));
    CHECK_FALSE(sameDefault(number("0.05"), number("0.5")));
    CHECK_FALSE(sameDefault(number("-1"), number("1")));
}

TEST_CASE("other defaults compare by kind and text")
{
    CHECK(sameDefault(std::nullopt, std::nullopt));
    CHECK_FALSE(sameDefault(number("0"), std::nullopt));
    CHECK_FALSE(sameDefault(number("0"), DefaultValue{DefaultValue::Kind::Boolean, "false"}));
    CHECK_FALSE(sameDefault(DefaultValue{DefaultValue::Kind::String, "0.0"}, DefaultValue{DefaultValue::Kind::String, "0"}));
    CHECK(sameDefault(DefaultValue{DefaultValue::Kind::Expression, "CURRENT_TIMESTAMP"},
                      DefaultValue{DefaultValue::Kind::Expression, "CURRENT_TIMESTAMP"}));
}
