#include "unit/rules/rule_test_support.h"

using namespace ss;
using namespace ss::test;

namespace {

std::string withViews(const std::string& views)
{
    return "version: 1\n"
           "entities:\n"
           "  tables:\n"
           "    - name: orders\n"
           "      primary_key: [order_id]\n"
           "      columns:\n"
           "        - {name: order_id, type: INTEGER, nullable: false}\n"
           "views:\n"
           + views;
}

}  // namespace

TEST_CASE("view-dependency: a view depending on a missing object")
{
    const Diagnostic d = requireSingle(withViews("  - name: v_orders\n"
                                                 "    sql: SELECT order_id FROM orders\n"
                                                 "    depends_on: [order]\n"),
                                       "view-dependency", Severity::Error, 11, 5);
    CHECK_THAT(d.message, Catch::Contains("'order', which is neither a table nor a view"));
    CHECK(d.hint == "Did you mean 'orders'?");
}

TEST_CASE("view-dependency: views depending on each other in a cycle")
{
    const Diagnostic d = requireSingle(withViews("  - {name: v_a, sql: SELECT 1, depends_on: [v_b]}\n"
                                                 "  - {name: v_b, sql: SELECT 1, depends_on: [v_a]}\n"),
                                       "view-dependency", Severity::Error, 9, 32);
    CHECK_THAT(d.message, Catch::EndsWith("v_a -> v_b -> v_a"));
}

TEST_CASE("view-dependency: views over tables and other views pass")
{
    requireClean(withViews("  - {name: v_orders, sql: SELECT order_id FROM orders, depends_on: [orders]}\n"
                           "  - {name: v_order_count, sql: SELECT COUNT(*) FROM v_orders, depends_on: [v_orders]}\n"));
}
