#include "unit/rules/rule_test_support.h"

using namespace ss;
using namespace ss::test;

TEST_CASE("missing-primary-key: a table without a key is a warning")
{
    const Diagnostic d = requireSingle(R"(version: 1
entities:
  tables:
    - name: audit_log
      columns:
        - {name: logged_at, type: TIMESTAMP, nullable: false}
)",
                                       "missing-primary-key", Severity::Warning, 4, 7);
    CHECK_THAT(d.message, Catch::Contains("'audit_log'"));
}

TEST_CASE("missing-primary-key: a dimension's surrogate key is its primary key")
{
    requireClean(R"(version: 1
entities:
  dimensions:
    - name: dim_region
      surrogate_key: region_key
      columns:
        - {name: region_name, type: VARCHAR(40), nullable: false}
)");
}

TEST_CASE("missing-column: keys, indexes, constraints and partitioning over unknown columns")
{
    const Diagnostic pk = requireSingle(R"(version: 1
entities:
  tables:
    - name: orders
      primary_key: [order_idd]
      columns:
        - {name: order_id, type: INTEGER, nullable: false}
)",
                                        "missing-column", Severity::Error, 5, 7);
    CHECK_THAT(pk.message, Catch::Contains("primary key") && Catch::Contains("'order_idd'"));
    CHECK_THAT(pk.hint, Catch::StartsWith("Did you mean 'order_id'?"));

    const Diagnostic index = requireSingle(R"(version: 1
entities:
  tables:
    - name: orders
      primary_key: [order_id]
      columns:
        - {name: order_id, type: INTEGER, nullable: false}
      indexes:
        - {name: ix_orders_placed, columns: [placed_at]}
)",
                                           "missing-column", Severity::Error, 9, 11);
    CHECK_THAT(index.message, Catch::Contains("index 'ix_orders_placed'"));

    requireSingle(R"(version: 1
entities:
  tables:
    - name: orders
      primary_key: [order_id]
      columns:
        - {name: order_id, type: INTEGER, nullable: false}
      unique_constraints:
        - {name: uq_orders_number, columns: [order_number]}
)",
                  "missing-column", Severity::Error, 9, 11);

    requireSingle(R"(version: 1
entities:
  tables:
    - name: orders
      primary_key: [order_id]
      columns:
        - {name: order_id, type: INTEGER, nullable: false}
      partitioning: {strategy: RANGE, column: placed_on}
)",
                  "missing-column", Severity::Error, 8, 21);
}

TEST_CASE("missing-column: a grain over unknown columns")
{
    const Diagnostic d = requireSingle(R"(version: 1
entities:
  dimensions:
    - name: dim_day
      surrogate_key: day_key
      columns:
        - {name: full_date, type: DATE, nullable: false}
  facts:
    - name: fact_visits
      grain: "visit_id, visited_on"
      primary_key: [visit_id]
      foreign_keys:
        - {column: day_key, references: dim_day(day_key)}
      columns:
        - {name: visit_id, type: INTEGER, nullable: false}
)",
                                       "missing-column", Severity::Error, 10, 7);
    CHECK_THAT(d.message, Catch::Contains("grain") && Catch::Contains("'visited_on'"));
}

TEST_CASE("missing-column: keys and indexes over declared and implied columns pass")
{
    requireClean(R"(version: 1
entities:
  dimensions:
    - name: dim_day
      surrogate_key: day_key
      natural_key: full_date
      columns:
        - {name: full_date, type: DATE, nullable: false}
  facts:
    - name: fact_visits
      grain: "visit_id, day_key"
      primary_key: [visit_id, visited_on]
      foreign_keys:
        - {column: day_key, references: dim_day(day_key)}
      columns:
        - {name: visit_id, type: INTEGER, nullable: false}
        - {name: visited_on, type: DATE, nullable: false}
      indexes:
        - {name: ix_fact_visits_day, columns: [day_key]}
      unique_constraints:
        - {name: uq_fact_visits_day_visit, columns: [day_key, visit_id, visited_on]}
      partitioning: {strategy: RANGE, column: visited_on}
)");
}

TEST_CASE("partition-key: a primary key without the partitioning column")
{
    const Diagnostic d = requireSingle(R"(version: 1
entities:
  tables:
    - name: events
      primary_key: [event_id]
      columns:
        - {name: event_id, type: BIGINT, nullable: false}
        - {name: happened_on, type: DATE, nullable: false}
      partitioning: {strategy: RANGE, column: happened_on}
)",
                                       "partition-key", Severity::Error, 9, 21);
    CHECK_THAT(d.message, Catch::Contains("primary key (event_id)"));
}

TEST_CASE("partition-key: keys that include the partitioning column pass")
{
    requireClean(R"(version: 1
entities:
  tables:
    - name: events
      primary_key: [event_id, happened_on]
      columns:
        - {name: event_id, type: BIGINT, nullable: false}
        - {name: happened_on, type: DATE, nullable: false}
      partitioning: {strategy: RANGE, column: happened_on}
)");
}
