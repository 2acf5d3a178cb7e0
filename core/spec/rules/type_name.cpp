#include "core/spec/rules/identifier.h"
#include "core/spec/rules/message_text.h"
#include "core/spec/rules/rule.h"

#include "core/spec/name_lookup.h"

namespace ss::rules {

namespace {

void check(const SchemaIndex& schema, Findings& findings)
{
    const auto& types = schema.model().types;
    NameIndex seen;
    for (std::size_t i = 0; i < types.size(); ++i) {
        const UserType& t = types[i];
        if (t.name.empty()) {
            findings.report(t.loc, "a type needs a `name`", "Columns use it by that name: `type: NAME`.");
            continue;
        }
        // Columns name their type unquoted and PostgreSQL folds an unquoted name to lower case.
        if (!isSnakeCase(t.name)) {
            findings.report(t.loc, "type name " + quoted(t.name) + " is not a lower-case identifier",
                            "Use letters a-z, digits and underscores, starting with a letter: columns name the type "
                            "unquoted, and PostgreSQL folds an unquoted name to lower case.");
            continue;
        }
        if (parseDataType(t.name).type) {
            findings.report(t.loc, "type name " + quoted(t.name) + " is the name of a portable type",
                            "Columns that say `type: " + t.name + "` would mean the declared type; give it a name of its own.");
            continue;
        }
        if (const auto first = seen.find(t.name)) {
            findings.report(t.loc, "type " + quoted(t.name) + " is declared twice" + onLine(types[*first].loc),
                            "Keep one declaration, or rename one of them.");
            continue;
        }
        seen.add(t.name, i);
    }
}

}  // namespace

const Rule kTypeName{"type-name", Severity::Error, "a declared type without a usable, unique name", check};

}  // namespace ss::rules
