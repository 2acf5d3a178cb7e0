#pragma once

#include "core/query/query_plan.h"
#include "core/query/semantic_model.h"
#include "core/sql/dialect.h"

#include <QVariantList>

#include <string>
#include <vector>

namespace ss::query {

struct BuiltQuery {
    std::string sql;          // one SELECT (WITH ... SELECT for several facts), values as ? placeholders
    QVariantList parameters;  // bound in order
    std::string shownSql;     // the same with the values written in as literals, for people to read and copy
    std::vector<std::string> columns;
};

// Writes a plan as one SELECT in `dialect`: identifiers quoted by the dialect, values bound, many-to-one joins
// as LEFT JOINs, fan-outs through a DISTINCT bridge of the table's keys, several facts aggregated apart and
// joined on their groups. At most `rowLimit` rows (the plan's own limit when smaller).
BuiltQuery buildSql(const QueryPlan& plan, const SemanticModel& model, Dialect dialect, int rowLimit);

// SELECT MAX(date) over the plan's window column, reached the way the query reaches it: the latest date a
// relative window ("last quarter") counts back from.
BuiltQuery buildLatestDateSql(const QueryPlan& plan, const SemanticModel& model, Dialect dialect);

}  // namespace ss::query
