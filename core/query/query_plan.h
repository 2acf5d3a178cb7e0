#pragma once

#include "core/query/join_paths.h"
#include "core/query/reading.h"

#include <QVariant>

#include <optional>
#include <string>
#include <vector>

namespace ss::query {

struct PlannedMeasure {
    int field = -1;  // -1: COUNT(*) of the part's table
    Aggregation aggregation = Aggregation::Count;
    std::string label;  // the result column: total_principal_paid, count_company
};

struct PlannedGroup {
    int field = -1;
    TimeGrain grain = TimeGrain::None;  // a date truncated to its period
    std::string label;
};

struct PlannedFilter {
    int field = -1;                  // row filters; aggregate ones compare measure `measure` after grouping
    Compare op = Compare::Eq;
    std::vector<QVariant> values;    // Eq/NotEq: one or more (IN); Between: two; others: one
    bool aggregate = false;
    int measure = -1;
    std::string text;                // how the interpretation says it
};

struct PlannedWindow {
    int field = -1;
    WindowAsk ask;
    DateRange range;  // filled once the data's latest date is known
};

// One table's share of the query: its rows aggregated at its own grain, with the path of joins from it to each
// group, filter and time column (parallel to QueryPlan's lists). Two facts in one question make two parts,
// joined on the groups afterwards, so neither is counted once per row of the other.
struct QueryPart {
    int table = -1;
    std::vector<int> measures;  // indexes into QueryPlan::measures
    std::vector<JoinPath> groupPaths;
    std::vector<JoinPath> filterPaths;  // empty path for aggregate filters
    JoinPath windowPath;
    bool fanOut = false;  // some path fans out: the part's rows are aggregated once each, through their key
};

// The one SELECT a question becomes, before it is written in a dialect.
struct QueryPlan {
    std::vector<QueryPart> parts;
    std::vector<PlannedMeasure> measures;
    std::vector<PlannedGroup> groups;
    std::vector<PlannedFilter> filters;
    std::optional<PlannedWindow> window;
    bool list = false;    // rows of the groups' columns, no measures (list questions)
    int limit = 0;        // 0: the row cap only
    bool ascending = false;
    bool orderByMeasure = false;  // else by the groups (time ascending)
};

// A choice the question leaves open, with what each alternative would be.
struct Ambiguity {
    std::string about;                      // the words of the question
    std::string question;                   // "Which date: payment date or due date?"
    std::vector<std::string> alternatives;  // each a rewording of the whole question that settles it
};

}  // namespace ss::query
