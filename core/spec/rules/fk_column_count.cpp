#include "core/spec/rules/message_text.h"
#include "core/spec/rules/rule.h"

namespace ss::rules {

namespace {

void check(const SchemaIndex& schema, Findings& findings)
{
    for (const Table& t : schema.model().tables)
        for (const ForeignKey& fk : t.foreignKeys)
            if (fk.columns.empty())
                findings.report(locate(fk.loc, t.loc), "foreign key of " + quoted(t.name) + " has no columns",
                                "Name the referencing column: {column: ..., references: table(column)}.");
    schema.forEachResolvedForeignKey([&](const ResolvedForeignKey& r) {
        if (r.fk.columns.empty() || r.refColumns.empty() || r.refColumns.size() == r.fk.columns.size())
            return;
        findings.report(locate(r.fk.loc, r.table.loc),
                        "foreign key " + columnList(r.fk.columns) + " of " + quoted(r.table.name) + " has "
                            + std::to_string(r.fk.columns.size()) + " column(s) but references "
                            + std::to_string(r.refColumns.size()) + ": " + quoted(r.target.name) + " "
                            + columnList(r.refColumns),
                        "Reference as many columns as the foreign key has, in the same order.");
    });
}

}  // namespace

const Rule kFkColumnCount{"fk-column-count", Severity::Error,
                          "a foreign key whose column count differs from the referenced column count", check};

}  // namespace ss::rules
