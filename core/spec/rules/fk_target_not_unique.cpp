#include "core/spec/rules/message_text.h"
#include "core/spec/rules/rule.h"

#include <algorithm>

namespace ss::rules {

namespace {

void check(const SchemaIndex& schema, Findings& findings)
{
    schema.forEachResolvedForeignKey([&](const ResolvedForeignKey& r) {
        const std::vector<std::string>& refs = r.refColumns;
        const bool resolvable = !refs.empty() && std::all_of(refs.begin(), refs.end(), [&](const std::string& c) {
            return r.target.findColumn(c) != nullptr;
        });
        if (!resolvable)
            return;  // fk-missing-target
        const auto keys = uniqueKeys(r.target);
        if (std::any_of(keys.begin(), keys.end(), [&](const auto* key) { return sameColumnSet(*key, refs); }))
            return;
        const std::string target = quoted(r.target.name);
        findings.report(locate(r.fk.referencesLoc, locate(r.fk.loc, r.table.loc)),
                        "foreign key of " + quoted(r.table.name) + " references " + target + " " + columnList(refs)
                            + ", which is neither the primary key of " + target + " nor unique",
                        r.target.primaryKey.empty()
                            ? "Declare a unique constraint on " + columnList(refs) + " in " + target + "."
                            : "Reference the primary key " + target + " " + columnList(r.target.primaryKey)
                                + ", or declare a unique constraint on " + columnList(refs) + ".");
    });
}

}  // namespace

const Rule kFkTargetNotUnique{"fk-target-not-unique", Severity::Error,
                              "a foreign key whose referenced columns are neither a primary key nor unique", check};

}  // namespace ss::rules
