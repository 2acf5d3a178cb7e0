#pragma once

#include "core/query/phrase_index.h"
#include "core/query/time_window.h"

#include <optional>
#include <string>
#include <vector>

namespace ss::query {

enum class Compare { Eq, NotEq, Gt, Ge, Lt, Le, Between };

// "total principal paid", "how many companies": what to compute, before it is known which table a phrase
// that several tables share means.
struct MeasureAsk {
    std::vector<PhraseMatch> candidates;     // fields, or entities to count
    std::optional<Aggregation> aggregation;  // said in the question; else the field's own
    bool distinct = false;
    std::string phrase;
};

// "by region", "per month", "for each company".
struct GroupAsk {
    std::vector<PhraseMatch> candidates;  // empty for a time grain
    TimeGrain grain = TimeGrain::None;
    std::string phrase;
};

// "in Europe", "not public", "principal amount over 100k", "total over 1m" (aggregate: compared after grouping).
struct FilterAsk {
    std::vector<PhraseMatch> candidates;
    Compare op = Compare::Eq;
    std::vector<std::string> values;  // Value matches: the stored values; comparisons: the numbers as typed
    std::vector<double> numbers;
    bool negated = false;
    bool aggregate = false;
    std::optional<Aggregation> aggregation;  // aggregate filters
    std::string phrase;
};

// A question as read: its parts with their candidates, and what was not understood.
struct Reading {
    std::vector<MeasureAsk> measures;
    std::vector<GroupAsk> groups;
    std::vector<FilterAsk> filters;
    std::optional<WindowAsk> window;
    std::vector<int> mentionedTables;  // entities named without a role ("loans" in "principal of loans")
    int limit = 0;                     // top/bottom N
    bool ascending = false;            // bottom N, lowest, fewest
    bool superlative = false;          // "which region has the most ...": the first row only
    bool list = false;                 // "list the companies ...": rows, not aggregates
    std::vector<std::string> words;    // every normalized word, for the roles of dates ("due date")
    std::vector<std::string> notUnderstood;
};

}  // namespace ss::query
