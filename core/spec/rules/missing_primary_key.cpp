#include "core/spec/rules/message_text.h"
#include "core/spec/rules/rule.h"

namespace ss::rules {

namespace {

std::string hintFor(const Table& table)
{
    switch (table.kind) {
    case TableKind::Dimension:
        return "Give the dimension a surrogate_key (it becomes the primary key) or a primary_key list.";
    case TableKind::Fact:
        return "Add primary_key: a fact's key is usually its grain, e.g. primary_key: [date_key, account_key].";
    case TableKind::Table:
        break;
    }
    return "Add primary_key: [column, ...]; without one rows cannot be updated or deduplicated reliably.";
}

void check(const SchemaIndex& schema, Findings& findings)
{
    for (const Table& t : schema.model().tables)
        if (t.primaryKey.empty())
            findings.report(t.loc, std::string(toString(t.kind)) + " " + quoted(t.name) + " has no primary key",
                            hintFor(t));
}

}  // namespace

const Rule kMissingPrimaryKey{"missing-primary-key", Severity::Warning, "a table without a primary key", check};

}  // namespace ss::rules
