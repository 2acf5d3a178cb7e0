#include "core/seed/load/table_schedule.h"

#include <catch2/catch.hpp>

using ss::seed::ScheduledTask;
using ss::seed::TableSchedule;

TEST_CASE("the schedule starts tasks in list order once what they come after is finished", "[seed][schedule]")
{
    TableSchedule schedule({{{}, {"a"}}, {{0}, {"b"}}, {{}, {"c"}}});
    CHECK(schedule.next() == 0u);
    // b waits for a; c does not.
    CHECK(schedule.next() == 2u);
    CHECK_FALSE(schedule.next());
    schedule.finished(0);
    CHECK(schedule.next() == 1u);
    CHECK(schedule.allStarted());
    CHECK(schedule.running() == 2u);
}

TEST_CASE("two tasks that hold the same table never run together", "[seed][schedule]")
{
    // Facts that both reference a dimension lock it while they load; the dimension's statistics wait for both.
    TableSchedule schedule({{{}, {"fact_a", "dim"}}, {{}, {"fact_b", "dim"}}, {{}, {"other"}}, {{0}, {"fact_a"}}});
    CHECK(schedule.next() == 0u);
    CHECK(schedule.next() == 2u);
    CHECK_FALSE(schedule.next());
    schedule.finished(0);
    CHECK(schedule.next() == 1u);
    CHECK(schedule.next() == 3u);
    CHECK(schedule.running() == 3u);
}

TEST_CASE("without locks or prerequisites, one lane takes the tasks in list order", "[seed][schedule]")
{
    TableSchedule schedule(std::vector<ScheduledTask>(3));
    for (std::size_t expected = 0; expected < 3; ++expected) {
        const auto task = schedule.next();
        REQUIRE(task);
        CHECK(*task == expected);
        schedule.finished(*task);
    }
    CHECK_FALSE(schedule.next());
    CHECK(schedule.allStarted());
}
