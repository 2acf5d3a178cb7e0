#include "core/spec/rules/message_text.h"
#include "core/spec/rules/rule.h"

namespace ss::rules {

namespace {

void check(const SchemaIndex& schema, Findings& findings)
{
    for (const Table& t : schema.model().tables)
        if (t.kind == TableKind::Fact && t.grain.empty())
            findings.report(t.loc, "fact " + quoted(t.name) + " declares no grain",
                            "Say what one row stands for, e.g. grain: \"loan_id, payment_date\"; without it "
                            "measures get summed twice and duplicates go unnoticed.");
}

}  // namespace

const Rule kFactGrain{"fact-grain", Severity::Warning, "a fact without a grain", check};

}  // namespace ss::rules
