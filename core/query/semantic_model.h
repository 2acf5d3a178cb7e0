#pragma once

#include "core/spec/schema_model.h"

#include <string>
#include <vector>

namespace ss::query {

// What a column is for in a question: a number to aggregate, a category to group and filter by, a point in
// time, or an identifier (keys: counted, never summed).
enum class FieldKind { Measure, Dimension, Time, Identifier };

struct Field {
    int table = -1;  // index into SemanticModel::tables
    std::string column;
    DataType type;
    FieldKind kind = FieldKind::Dimension;
    Aggregation aggregation = Aggregation::None;  // a measure's default (declared, or derived from its name)
    std::vector<std::string> words;               // the column's name as a question says it
    std::vector<std::string> synonyms;            // further phrases (semantic.yml), each words joined by spaces
    std::string description;
    std::vector<std::string> values;  // distinct values sampled from the data (low-cardinality text columns)
};

// A many-to-one join: each row of `from` finds at most one row of `to`.
struct Link {
    int from = -1;
    int to = -1;
    std::vector<std::string> fromColumns;
    std::vector<std::string> toColumns;
    // The role the referenced table plays, from the key column's name less the referenced key's:
    // payment_date_key -> dim_date(date_key) plays "payment"; company_key -> dim_company plays none.
    std::vector<std::string> role;
    bool inferred = false;  // found from names and types and confirmed on the data, not declared
    double inclusion = 1;   // inferred: the share of sampled values that found their row
};

struct Entity {
    std::string name;                 // the table as the database names it
    std::vector<std::string> words;   // "loan payment" for fact_loan_payments
    std::vector<std::string> synonyms;
    bool fact = false;
    std::vector<std::string> key;     // primary key columns
    std::string label;                // the column that names a row (a name, title, code), if any
    std::string description;
    std::vector<int> fields;
    long long rows = -1;  // counted for fact tables when a database was sampled; -1 unknown
};

struct SemanticModel {
    std::vector<Entity> tables;
    std::vector<Field> fields;
    std::vector<Link> links;
    std::vector<std::string> preferredMeasures;  // "table.column", from semantic.yml
    std::string defaultTime;                     // "table.column", from semantic.yml
    // Per table, the links leaving it and the links arriving at it: kept by indexLinks() after links change.
    std::vector<std::vector<int>> outgoing;
    std::vector<std::vector<int>> incoming;

    void indexLinks();

    int findTable(std::string_view name) const;  // -1 when none
    int findField(int table, std::string_view column) const;
    std::string qualified(int field) const;      // "table.column"
};

// A calendar table (dim_date, calendar, time_period): its dates place other tables' rows in time.
bool isDateTable(const Entity& entity);

// The role a referenced table plays, from the referencing column's words less the referenced key's at its
// end: payment_date_key -> date_key leaves "payment"; SupportRepId -> EmployeeId leaves "support rep"; nothing
// when what is left is the table's own name (customer_id -> customers(id)).
std::vector<std::string> linkRole(std::vector<std::string> columnWords, const std::vector<std::string>& keyWords,
                                  const std::vector<std::string>& tableWords);

// The semantic model of a schema: a spec, or a live database as inspected (then links come from its declared
// foreign keys only; see inferLinks for the rest).
SemanticModel buildSemanticModel(const SchemaModel& schema);

}  // namespace ss::query
