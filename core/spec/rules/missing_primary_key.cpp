#include "core/spec/rules/message_text.h"
#include "core/spec/rules/rule.h"

namespace ss::rules {

namespace {

std::string hintFor(const Table& t)
{
    switch (t.kind) {
    case TableKind::Dimension:
        return "Add primary_key: [" + printable(t.surrogateKey) + "]; a dimension is keyed by its surrogate key.";
    case TableKind::Fact:
        if (!t.grain.empty())
            return "Add primary_key over the grain " + columnList(t.grain) + ".";
        return "Add primary_key: a fact's key is usually its grain, e.g. primary_key: [date_key, account_key].";
    case TableKind::Table:
        break;
    }
    return "Add primary_key: [column, ...]; without one rows cannot be updated or deduplicated reliably.";
}

void check(const SchemaIndex& schema, Findings& findings)
{
    for (const Table& t : schema.model().tables) {
        // A dimension without a surrogate key is reported once, by dimension-surrogate-key, whose fix gives
        // it a primary key too.
        if (t.kind == TableKind::Dimension && t.surrogateKey.empty())
            continue;
        if (t.primaryKey.empty())
            findings.report(t.loc, std::string(toString(t.kind)) + " " + quoted(t.name) + " has no primary key",
                            hintFor(t));
    }
}

}  // namespace

const Rule kMissingPrimaryKey{"missing-primary-key", Severity::Warning, "a table without a primary key", check};

}  // namespace ss::rules
