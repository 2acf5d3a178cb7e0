#include "core/seed/load/restore/integer_key_set.h"

#include <catch2/catch.hpp>

#include <limits>

using ss::seed::IntegerKeySet;

TEST_CASE("IntegerKeySet: keys counted up from 1 go in a bitmap and answer every lookup", "[seed][load]")
{
    std::vector<std::int64_t> values;
    for (std::int64_t v = 1; v <= 100'000; v += 2)
        values.push_back(v);
    const IntegerKeySet keys(values);
    CHECK(keys.bytes() < values.size() * sizeof(std::int64_t));
    CHECK(keys.contains(1));
    CHECK(keys.contains(99'999));
    CHECK_FALSE(keys.contains(2));
    CHECK_FALSE(keys.contains(0));
    CHECK_FALSE(keys.contains(100'001));
    CHECK_FALSE(keys.contains(-1));
    CHECK_FALSE(keys.contains(std::numeric_limits<std::int64_t>::min()));
}

TEST_CASE("IntegerKeySet: sparse keys across the whole 64-bit range are held sorted", "[seed][load]")
{
    const std::int64_t low = std::numeric_limits<std::int64_t>::min();
    const std::int64_t high = std::numeric_limits<std::int64_t>::max();
    const IntegerKeySet keys({high, 0, low, 7, 7, -42});
    CHECK(keys.bytes() == 5 * sizeof(std::int64_t));
    for (std::int64_t held : {low, std::int64_t{-42}, std::int64_t{0}, std::int64_t{7}, high})
        CHECK(keys.contains(held));
    for (std::int64_t missing : {low + 1, std::int64_t{-41}, std::int64_t{1}, high - 1})
        CHECK_FALSE(keys.contains(missing));
}

TEST_CASE("IntegerKeySet: a bitmap reaching the top of the range and an empty set", "[seed][load]")
{
    const std::int64_t high = std::numeric_limits<std::int64_t>::max();
    const IntegerKeySet top({high - 2, high - 1, high});
    CHECK(top.contains(high));
    CHECK(top.contains(high - 2));
    CHECK_FALSE(top.contains(high - 3));
    const IntegerKeySet none({});
    CHECK(none.bytes() == 0);
    CHECK_FALSE(none.contains(0));
}
