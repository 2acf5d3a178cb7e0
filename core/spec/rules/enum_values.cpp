#include "core/spec/rules/message_text.h"
#include "core/spec/rules/rule.h"

#include <set>

namespace ss::rules {

namespace {

void check(const SchemaIndex& schema, Findings& findings)
{
    for (const UserType& t : schema.model().types) {
        if (t.kind != UserType::Kind::Enum)
            continue;
        if (t.values.empty()) {
            findings.report(t.loc, "enum " + quoted(t.name) + " has no values", "List them: `enum: [open, closed]`.");
            continue;
        }
        std::set<std::string> seen;
        for (const auto& v : t.values) {
            if (v.empty())
                findings.report(t.loc, "enum " + quoted(t.name) + " has an empty value",
                                "Remove it, or quote the value you meant.");
            else if (!seen.insert(v).second)
                findings.report(t.loc, "enum " + quoted(t.name) + " lists the value " + quoted(v) + " twice",
                                "Each value names one state; remove the second.");
        }
    }
}

}  // namespace

const Rule kEnumValues{"enum-values", Severity::Error, "an enum without values or with a value twice", check};

}  // namespace ss::rules
