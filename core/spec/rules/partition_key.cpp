#include "core/spec/rules/message_text.h"
#include "core/spec/rules/rule.h"

namespace ss::rules {

namespace {

void require(const Table& table, const std::vector<std::string>& key, const std::string& what, Findings& findings)
{
    const Partitioning& p = *table.partitioning;
    if (key.empty() || containsColumn(key, p.column))
        return;
    findings.report(locate(p.loc, table.loc),
                    quoted(table.name) + " is partitioned by " + quoted(p.column) + ", but its " + what + " "
                        + columnList(key) + " does not include that column",
                    "PostgreSQL and MySQL require every primary key and unique key of a partitioned table to contain "
                    "the partitioning column: add " + quoted(p.column) + " to the key, or partition by a key column.");
}

void check(const SchemaIndex& schema, Findings& findings)
{
    for (const Table& t : schema.model().tables) {
        if (!t.partitioning || !schema.column(t, t.partitioning->column))
            continue;  // no partitioning, or missing-column
        require(t, t.primaryKey, "primary key", findings);
        require(t, t.naturalKey, "natural key", findings);
        for (const UniqueConstraint& u : t.uniques)
            require(t, u.columns, u.name.empty() ? "unique constraint" : "unique constraint " + quoted(u.name),
                    findings);
        for (const Index& ix : t.indexes)
            if (ix.unique)
                require(t, ix.columns, "unique index " + quoted(ix.name), findings);
    }
}

}  // namespace

const Rule kPartitionKey{"partition-key", Severity::Error,
                         "a partitioned table with a primary or unique key that leaves out the partitioning column",
                         check};

}  // namespace ss::rules
