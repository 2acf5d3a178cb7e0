// PostgreSQL keeps a default written as a literal of another type than its column's (a timestamptz literal on
// a timestamp column) as that cast, and converts it when a row takes it: the plan writes it the same way, so
// the applied default compares equal to the desired one.
#include "plan/convergence.h"

using namespace ss;

TEST_CASE("PostgreSQL: a default cast to another type than its column's converges",
          "[plan][apply][converge][defaults]")
{
    ConvergenceCase c(Dialect::PostgreSql, "cast_default",
                      {"CREATE TABLE job (id integer PRIMARY KEY)"},
                      {"CREATE TABLE job (id integer PRIMARY KEY, "
                       "not_before timestamp NOT NULL DEFAULT '0001-01-01 00:00:00+00'::timestamptz, "
                       "not_after timestamptz DEFAULT '0001-01-01 00:00:00+00', "
                       "run_on date DEFAULT '2001-02-03'::timestamp, "
                       "label varchar(20) DEFAULT 'none'::text)"});

    const InspectResult inspected = inspectScratch(c.desired);
    const Table* job = inspected.model.findTable("job");
    REQUIRE(job);
    const Column* notBefore = job->findColumn("not_before");
    REQUIRE(notBefore);
    REQUIRE(notBefore->defaultValue);
    CHECK(notBefore->defaultValue->kind == DefaultValue::Kind::Expression);
    const Column* label = job->findColumn("label");
    REQUIRE(label);
    REQUIRE(label->defaultValue);
    CHECK(label->defaultValue->kind == DefaultValue::Kind::String);

    c.check();
    checkRoundTrip(c.desired, "cast_default");
}
