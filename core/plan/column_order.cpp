#include "core/plan/column_order.h"

#include "core/plan/name_matching.h"
#include "core/util/joined.h"

#include <algorithm>

namespace ss {

std::optional<std::string> columnOrderNote(const Table& current, const Table& target)
{
    const auto pairs = matchColumns(current, target);
    // The order after the plan: the columns kept where the table has them (under their target names), then the
    // added ones at the end, as ADD COLUMN puts them.
    std::vector<std::string> after;
    for (const Column& column : current.columns) {
        const auto kept = std::find_if(pairs.begin(), pairs.end(),
                                       [&](const ColumnPair& p) { return p.current == &column && p.target; });
        if (kept != pairs.end())
            after.push_back(kept->target->name);
    }
    for (const ColumnPair& p : pairs)
        if (p.target && !p.current)
            after.push_back(p.target->name);

    std::vector<std::string> wanted;
    for (const Column& column : target.columns)
        wanted.push_back(column.name);
    if (after == wanted)
        return std::nullopt;
    return "the columns of " + target.name + " will be in the order (" + joined(after) + "), the spec's is (" +
           joined(wanted) + "): columns cannot be reordered in place (PostgreSQL and MariaDB add them at the end), so " +
           "the order is not planned as a change; SQLite and DuckDB take the spec's order when they rebuild the table";
}

}  // namespace ss
