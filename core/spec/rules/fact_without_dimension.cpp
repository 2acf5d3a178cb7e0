#include "core/spec/rules/message_text.h"
#include "core/spec/rules/rule.h"

#include <algorithm>

namespace ss::rules {

namespace {

void check(const SchemaIndex& schema, Findings& findings)
{
    for (const Table& t : schema.model().tables) {
        if (t.kind != TableKind::Fact)
            continue;
        const bool joined = std::any_of(t.foreignKeys.begin(), t.foreignKeys.end(), [&](const ForeignKey& fk) {
            const Table* target = schema.referenced(fk);
            return target && target->kind == TableKind::Dimension;
        });
        if (!joined)
            findings.report(t.loc, "fact " + quoted(t.name) + " has no foreign key to a dimension",
                            "Facts are analysed by their dimensions: add foreign_keys, e.g. "
                            "{column: date_key, references: dim_date(date_key)}.");
    }
}

}  // namespace

const Rule kFactWithoutDimension{"fact-without-dimension", Severity::Warning,
                                 "a fact with no foreign key to any dimension", check};

}  // namespace ss::rules
