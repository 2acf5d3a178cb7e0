#include "unit/rules/rule_test_support.h"

using namespace ss;
using namespace ss::test;

namespace {

// A day dimension (lines 1-7) that facts in these tests join to.
std::string withDay(const std::string& facts)
{
    return "version: 1\n"
           "entities:\n"
           "  dimensions:\n"
           "    - name: dim_day\n"
           "      surrogate_key: day_key\n"
           "      columns:\n"
           "        - {name: full_date, type: DATE, nullable: false}\n"
           "  facts:\n"
           + facts;
}

}  // namespace

TEST_CASE("fact-grain: a fact without a grain")
{
    const Diagnostic d = requireSingle(withDay("    - name: fact_visits\n"
                                               "      primary_key: [visit_id]\n"
                                               "      foreign_keys:\n"
                                               "        - {column: day_key, references: dim_day(day_key)}\n"
                                               "      columns:\n"
                                               "        - {name: visit_id, type: INTEGER, nullable: false}\n"),
                                       "fact-grain", Severity::Warning, 9, 7);
    CHECK_THAT(d.message, Catch::Contains("'fact_visits' declares no grain"));
}

TEST_CASE("fact-grain: a fact with a grain passes")
{
    requireClean(withDay("    - name: fact_visits\n"
                         "      grain: visit_id\n"
                         "      primary_key: [visit_id]\n"
                         "      foreign_keys:\n"
                         "        - {column: day_key, references: dim_day(day_key)}\n"
                         "      columns:\n"
                         "        - {name: visit_id, type: INTEGER, nullable: false}\n"));
}

TEST_CASE("fact-without-dimension: a fact joined to no dimension")
{
    requireSingle(R"(version: 1
entities:
  tables:
    - name: visitors
      primary_key: [visitor_id]
      columns:
        - {name: visitor_id, type: INTEGER, nullable: false}
  facts:
    - name: fact_visits
      grain: visit_id
      primary_key: [visit_id]
      foreign_keys:
        - {column: visitor_id, references: visitors(visitor_id)}
      columns:
        - {name: visit_id, type: INTEGER, nullable: false}
)",
                  "fact-without-dimension", Severity::Warning, 9, 7);
}

TEST_CASE("fact-without-dimension: a fact joined to a dimension passes")
{
    requireClean(withDay("    - name: fact_visits\n"
                         "      grain: visit_id\n"
                         "      primary_key: [visit_id]\n"
                         "      foreign_keys:\n"
                         "        - {column: day_key, references: dim_day(day_key)}\n"
                         "      columns:\n"
                         "        - {name: visit_id, type: INTEGER, nullable: false}\n"));
}

TEST_CASE("dimension-surrogate-key: a dimension keyed by its business key")
{
    const Diagnostic d = requireSingle(R"(version: 1
entities:
  dimensions:
    - name: dim_country
      primary_key: [iso_code]
      columns:
        - {name: iso_code, type: CHAR(2), nullable: false}
)",
                                       "dimension-surrogate-key", Severity::Warning, 4, 7);
    CHECK_THAT(d.hint, Catch::Contains("surrogate_key: country_key"));
}

TEST_CASE("dimension-surrogate-key: a dimension with no key at all is reported once, not also as keyless")
{
    const char* spec = R"(version: 1
entities:
  dimensions:
    - name: DimCountry
      columns:
        - {name: iso_code, type: CHAR(2), nullable: false}
)";
    const Diagnostic d = requireSingle(spec, "dimension-surrogate-key", Severity::Warning, 4, 7);
    CHECK_THAT(d.message, Catch::EndsWith("(and so no primary key)"));
    CHECK_THAT(d.hint, Catch::StartsWith("Add surrogate_key: country_key "));
    CHECK(ofRule(validateYaml(spec), "missing-primary-key").empty());
}

TEST_CASE("dimension-surrogate-key: a declared surrogate key that is not an integer")
{
    requireSingle(R"(version: 1
entities:
  dimensions:
    - name: dim_country
      surrogate_key: country_key
      columns:
        - {name: country_key, type: UUID, nullable: false}
)",
                  "dimension-surrogate-key", Severity::Warning, 7, 37);
}

TEST_CASE("dimension-surrogate-key: implied and declared integer surrogate keys pass")
{
    requireClean(R"(version: 1
entities:
  dimensions:
    - name: dim_country
      surrogate_key: country_key
      columns:
        - {name: iso_code, type: CHAR(2), nullable: false}
    - name: dim_city
      surrogate_key: city_key
      columns:
        - {name: city_key, type: BIGINT, nullable: false}
        - {name: city_name, type: VARCHAR(80), nullable: false}
)");
}

TEST_CASE("measure-not-numeric: summing text is an error, counting it a warning")
{
    const std::string head = "    - name: fact_visits\n"
                             "      grain: visit_id\n"
                             "      primary_key: [visit_id]\n"
                             "      foreign_keys:\n"
                             "        - {column: day_key, references: dim_day(day_key)}\n"
                             "      columns:\n"
                             "        - {name: visit_id, type: INTEGER, nullable: false}\n"
                             "      measures:\n";
    const std::string summed = head + "        - {name: referrer, type: VARCHAR(200), aggregation: sum}\n";
    const Diagnostic sum = requireSingle(withDay(summed), "measure-not-numeric", Severity::Error, 17, 34);
    CHECK_THAT(sum.message, Catch::Contains("VARCHAR(200), not a number, so sum cannot be computed"));
    requireSingle(withDay(head + "        - {name: referrer, type: VARCHAR(200), aggregation: count}\n"),
                  "measure-not-numeric", Severity::Warning, 17, 34);
}

TEST_CASE("measure-not-numeric: numeric measures, and the latest date, pass")
{
    requireClean(withDay("    - name: fact_visits\n"
                         "      grain: visit_id\n"
                         "      primary_key: [visit_id]\n"
                         "      foreign_keys:\n"
                         "        - {column: day_key, references: dim_day(day_key)}\n"
                         "      columns:\n"
                         "        - {name: visit_id, type: INTEGER, nullable: false}\n"
                         "      measures:\n"
                         "        - {name: duration_seconds, type: INTEGER, aggregation: sum}\n"
                         "        - {name: basket_value, type: \"DECIMAL(12,2)\", aggregation: avg}\n"
                         "        - {name: last_seen_at, type: TIMESTAMP, aggregation: max}\n"));
}

TEST_CASE("native-type: a type kept verbatim from inspection is a warning")
{
    const Diagnostic d = requireSingle(R"(version: 1
entities:
  tables:
    - name: documents
      primary_key: [document_id]
      columns:
        - {name: document_id, type: INTEGER, nullable: false}
        - {name: search_vector, native_type: tsvector}
)",
                                       "native-type", Severity::Warning, 8, 46);
    CHECK_THAT(d.message, Catch::Contains("'tsvector'"));
}

TEST_CASE("native-type: portable types pass")
{
    requireClean(R"(version: 1
entities:
  tables:
    - name: documents
      primary_key: [document_id]
      columns:
        - {name: document_id, type: INTEGER, nullable: false}
        - {name: body, type: TEXT}
        - {name: metadata, type: JSON}
)");
}
